import { docName, ideaHistoryAnswer } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Config } from "../config.ts";
import type { Services } from "../services.ts";
import { type Answer, Person, personAs, seedBoard, signedInManager, testApp } from "../testing/harness.ts";
import { waitFor } from "../testing/sync-clients.ts";
import { KEEP_NEWEST_VERSIONS, keepVersion } from "./history-repo.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function setup(overrides: Partial<Config> = { historyQuietMs: 20 }) {
  current = testApp(overrides);
  const { app, services } = current;
  const board = seedBoard(services);
  const anna = Person.of(app);
  const annaUser = await anna.register("Anna");
  const ben = Person.of(app);
  const benUser = await ben.register("Ben");
  const cara = Person.of(app);
  await cara.register("Cara");
  const maria = await signedInManager(services, Person.of(app));
  const posted = await anna.call("POST", `/api/boards/${board.id}/ideas`, {
    title: "Bücherschrank",
    body: "Am Platz vor der Bücherei.",
  });
  expect(posted.status).toBe(201);
  const ideaId: string = posted.json.idea.id;
  expect((await anna.call("PUT", `/api/ideas/${ideaId}/coauthors/${benUser.id}`)).status).toBe(204);
  return { app, services, board, anna, annaUser, ben, benUser, cara, maria, ideaId };
}

/**
 * A writer's edit as it arrives from their socket: through the registry, stored, relayed,
 * then heard by the document's hooks with the writer's user id. Resolves once relayed.
 */
async function write(services: Services, ideaId: string, userId: string, edit: (doc: Y.Doc) => void) {
  const live = services.registry.get(docName("idea", ideaId));
  if (!live) throw new Error("no document");
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(live.doc));
  const before = Y.encodeStateVector(copy);
  edit(copy);
  let relayed = 0;
  const reader = { send: () => void relayed++, close() {} };
  services.registry.attach(live, reader);
  try {
    const writer = { userId, send() {}, close() {} };
    expect(services.registry.applyClientUpdate(live, Y.encodeStateAsUpdate(copy, before), writer)).toBe(
      "applied",
    );
    await waitFor(() => relayed > 0, "the edit relayed");
  } finally {
    services.registry.detach(live, reader);
  }
}

function setBody(doc: Y.Doc, value: string): void {
  const body = doc.getText("body");
  body.delete(0, body.length);
  body.insert(0, value);
}

function docText(services: Services, ideaId: string) {
  const doc = services.registry.peek(docName("idea", ideaId))?.doc;
  return { title: doc?.getText("title").toString(), body: doc?.getText("body").toString() };
}

async function versions(person: Person, ideaId: string) {
  const res = await person.call("GET", `/api/ideas/${ideaId}/history`);
  expect(res.status).toBe(200);
  return ideaHistoryAnswer.parse(res.json).versions;
}

const versionCount = (services: Services, ideaId: string) =>
  (
    services.sqlite.prepare("select count(*) as n from idea_versions where idea_id = ?").get(ideaId) as {
      n: number;
    }
  ).n;

const status = (answer: Answer) => answer.status;

describe("idea text history", () => {
  it("answers the author, co-authors and managers; 403 to other residents, 401 without an account", async () => {
    const { app, anna, ben, cara, maria, ideaId } = await setup();
    for (const person of [anna, ben, maria]) {
      expect(status(await person.call("GET", `/api/ideas/${ideaId}/history`))).toBe(200);
    }
    const first = (await versions(anna, ideaId))[0];
    if (!first) throw new Error("no first version");
    const restore = `/api/ideas/${ideaId}/history/${first.id}/restore`;
    const refused = await cara.call("GET", `/api/ideas/${ideaId}/history`);
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    expect(status(await cara.call("POST", restore))).toBe(403);
    const anonymous = Person.of(app);
    expect(status(await anonymous.call("GET", `/api/ideas/${ideaId}/history`))).toBe(401);
    expect(status(await anonymous.call("POST", restore))).toBe(401);
    expect(status(await anna.call("GET", "/api/ideas/nosuchidea00/history"))).toBe(404);
  });

  it("answers 404 about a hidden idea to everyone but its writers and managers", async () => {
    const { app, anna, ben, cara, maria, ideaId } = await setup();
    expect(status(await maria.call("POST", `/api/ideas/${ideaId}/hide`, { reason: "Doppelt" }))).toBe(200);
    expect(status(await cara.call("GET", `/api/ideas/${ideaId}/history`))).toBe(404);
    expect(status(await Person.of(app).call("GET", `/api/ideas/${ideaId}/history`))).toBe(404);
    expect(status(await cara.call("POST", `/api/ideas/${ideaId}/history/1/restore`))).toBe(404);
    for (const person of [anna, ben, maria]) {
      expect(status(await person.call("GET", `/api/ideas/${ideaId}/history`))).toBe(200);
    }
  });

  it("lets every resident see the versions on a board open for co-writing, and guests of a workshop", async () => {
    const { app, services, cara, maria } = await setup();
    const open = seedBoard(services, { coWriting: "residents" });
    const dora = Person.of(app);
    await dora.register("Dora");
    const posted = await dora.call("POST", `/api/boards/${open.id}/ideas`, { title: "Gemeinsam" });
    expect(status(await cara.call("GET", `/api/ideas/${posted.json.idea.id}/history`))).toBe(200);

    const workshop = seedBoard(services, { mode: "workshop" });
    expect(status(await maria.call("POST", `/api/boards/${workshop.id}/session`))).toBe(201);
    const guest = personAs(services, app, "guest", { guestBoardId: workshop.id });
    const other = personAs(services, app, "guest", { guestBoardId: workshop.id });
    const idea = await guest.person.call("POST", `/api/boards/${workshop.id}/ideas`, {
      title: "Tischtennis",
    });
    expect(idea.status).toBe(201);
    expect(status(await other.person.call("GET", `/api/ideas/${idea.json.idea.id}/history`))).toBe(200);
    // Once the evening is over, guests read the ideas but no longer their versions.
    expect(status(await maria.call("DELETE", `/api/boards/${workshop.id}/session`))).toBe(200);
    expect(status(await other.person.call("GET", `/api/ideas/${idea.json.idea.id}/history`))).toBe(403);
  });

  it("keeps the posted text first, then a version per quiet period, newest first, naming who wrote", async () => {
    const { services, anna, annaUser, ben, benUser, ideaId } = await setup();
    const [posted] = await versions(anna, ideaId);
    expect(posted).toMatchObject({
      title: "Bücherschrank",
      body: "Am Platz vor der Bücherei.",
      by: ["Anna"],
    });

    await write(services, ideaId, benUser.id, (doc) =>
      setBody(doc, "Am Platz vor der Bücherei, wetterfest."),
    );
    await waitFor(async () => (await versions(anna, ideaId)).length === 2, "Ben's version");
    await write(services, ideaId, annaUser.id, (doc) => doc.getText("title").insert(13, " für alle"));
    await write(services, ideaId, benUser.id, (doc) => doc.getText("body").insert(0, "Neu: "));
    await waitFor(async () => (await versions(ben, ideaId)).length === 3, "the shared version");

    const list = await versions(ben, ideaId);
    expect(list.map((v) => [v.title, v.body, v.by])).toEqual([
      ["Bücherschrank für alle", "Neu: Am Platz vor der Bücherei, wetterfest.", ["Anna", "Ben"]],
      ["Bücherschrank", "Am Platz vor der Bücherei, wetterfest.", ["Ben"]],
      ["Bücherschrank", "Am Platz vor der Bücherei.", ["Anna"]],
    ]);
    expect(list.map((v) => v.id)).toEqual([...list.map((v) => v.id)].sort((a, b) => b - a));
    expect(Date.parse(list[0]?.at ?? "")).toBeGreaterThanOrEqual(Date.parse(list[2]?.at ?? ""));
  });

  it("never keeps a version identical to the one before", async () => {
    // A long quiet period: versions here come only from what the test does.
    const { services, ben, benUser, maria, ideaId } = await setup({ historyQuietMs: 600_000 });
    await versions(ben, ideaId);
    expect(versionCount(services, ideaId)).toBe(1);
    // Typed and taken back: the text is what it was.
    await write(services, ideaId, benUser.id, (doc) => doc.getText("body").insert(0, "Hallo "));
    await write(services, ideaId, benUser.id, (doc) => doc.getText("body").delete(0, 6));
    services.ideaHistory.flushPending(ideaId);
    expect(versionCount(services, ideaId)).toBe(1);
    // Only whitespace around the text: the same version.
    await write(services, ideaId, benUser.id, (doc) => doc.getText("body").insert(0, "  "));
    services.ideaHistory.flushPending(ideaId);
    expect(versionCount(services, ideaId)).toBe(1);
    // The manager's edit of title and body is one server write with one version before it.
    await write(services, ideaId, benUser.id, (doc) => setBody(doc, "Bens Fassung"));
    const edited = await maria.call("PATCH", `/api/ideas/${ideaId}`, {
      title: "Offener Bücherschrank",
      body: "Neu",
    });
    expect(edited.status).toBe(200);
    const list = await versions(ben, ideaId);
    expect(list.map((v) => [v.title, v.body, v.by])).toEqual([
      ["Bücherschrank", "Bens Fassung", ["Ben"]],
      ["Bücherschrank", "Am Platz vor der Bücherei.", ["Anna"]],
    ]);
    // Restoring the text it already has changes nothing and keeps nothing.
    services.ideaHistory.flushPending(ideaId);
    const now = (await versions(ben, ideaId))[0];
    expect(now).toMatchObject({ title: "Offener Bücherschrank", body: "Neu", by: ["Maria Manager"] });
    const again = await ben.call("POST", `/api/ideas/${ideaId}/history/${now?.id}/restore`);
    expect(again.status).toBe(200);
    services.ideaHistory.flushPending(ideaId);
    expect(versionCount(services, ideaId)).toBe(3);
    expect(
      services.sqlite.prepare("select count(*) as n from audit_log where action = 'idea.text.restore'").get(),
    ).toEqual({ n: 0 });
  });

  it(`keeps the first version and the newest ${KEEP_NEWEST_VERSIONS}`, async () => {
    const { services, anna, annaUser, ideaId } = await setup();
    await versions(anna, ideaId);
    for (let i = 0; i < KEEP_NEWEST_VERSIONS + 10; i++) {
      services.commands.run((cx) =>
        keepVersion(cx.db, ideaId, { title: `Fassung ${i}`, body: "" }, [annaUser.id]),
      );
    }
    const list = await versions(anna, ideaId);
    expect(list).toHaveLength(KEEP_NEWEST_VERSIONS + 1);
    expect(list[0]?.title).toBe(`Fassung ${KEEP_NEWEST_VERSIONS + 9}`);
    expect(list[KEEP_NEWEST_VERSIONS - 1]?.title).toBe("Fassung 10");
    expect(list[KEEP_NEWEST_VERSIONS]?.title).toBe("Bücherschrank");
    // Their writers went with them.
    const orphans = services.sqlite
      .prepare(
        "select count(*) as n from idea_version_writers where version_id not in (select id from idea_versions)",
      )
      .get();
    expect(orphans).toEqual({ n: 0 });
  });

  it("restores a version through the document: SQL, the board, an audit entry, and a version of what was replaced", async () => {
    const { services, board, anna, ben, benUser, ideaId } = await setup({ historyQuietMs: 600_000 });
    const [posted] = await versions(anna, ideaId);
    // Ben wipes the text; before any quiet period, Anna restores the version as posted.
    await write(services, ideaId, benUser.id, (doc) => {
      setBody(doc, "");
      doc.getText("title").insert(0, "Weg mit dem ");
    });
    const restored = await anna.call("POST", `/api/ideas/${ideaId}/history/${posted?.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json.idea).toMatchObject({
      id: ideaId,
      title: "Bücherschrank",
      body: "Am Platz vor der Bücherei.",
    });

    expect(docText(services, ideaId)).toEqual({ title: "Bücherschrank", body: "Am Platz vor der Bücherei." });
    expect(services.sqlite.prepare("select title, body from ideas where id = ?").get(ideaId)).toEqual({
      title: "Bücherschrank",
      body: "Am Platz vor der Bücherei.",
    });
    const card = services.registry
      .peek(docName("board", board.id))
      ?.doc.getMap("ideas")
      .get(ideaId) as Y.Map<unknown>;
    expect(card.get("excerpt")).toBe("Am Platz vor der Bücherei.");

    const list = await versions(ben, ideaId);
    expect(list.map((v) => [v.title, v.body, v.by])).toEqual([
      ["Weg mit dem Bücherschrank", "", ["Ben"]],
      ["Bücherschrank", "Am Platz vor der Bücherei.", ["Anna"]],
    ]);

    const entries = services.sqlite
      .prepare(
        "select u.name as actor, a.target, a.before, a.after from audit_log a join users u on u.id = a.actor_id where a.action = 'idea.text.restore'",
      )
      .all();
    expect(entries).toEqual([
      {
        actor: "Anna",
        target: `idea:${ideaId}`,
        before: JSON.stringify({ titleLength: 25, bodyLength: 0 }),
        after: JSON.stringify({ version: posted?.id, titleLength: 13, bodyLength: 26 }),
      },
    ]);

    // The restored text is Anna's writing: the next version names her.
    services.ideaHistory.flushPending(ideaId);
    expect((await versions(ben, ideaId))[0]).toMatchObject({ title: "Bücherschrank", by: ["Anna"] });
  });

  it("answers 404 for an unknown version or one of another idea, 409 for a version without a valid title", async () => {
    const { services, anna, benUser, board, ideaId } = await setup({ historyQuietMs: 600_000 });
    const other = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Anderes" });
    const [foreign] = await versions(anna, other.json.idea.id);
    await versions(anna, ideaId);
    for (const id of [String(foreign?.id), "999999", "abc", "1e2", "0", "-1"]) {
      const res = await anna.call("POST", `/api/ideas/${ideaId}/history/${id}/restore`);
      expect(res.status, id).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
    await write(services, ideaId, benUser.id, (doc) => {
      const title = doc.getText("title");
      title.delete(2, title.length - 2);
    });
    services.ideaHistory.flushPending(ideaId);
    const [short] = await versions(anna, ideaId);
    expect(short?.title).toBe("Bü");
    const res = await anna.call("POST", `/api/ideas/${ideaId}/history/${short?.id}/restore`);
    expect(res.status).toBe(409);
    expect(res.json.error.message).toContain("Titel");
    expect(docText(services, ideaId).title).toBe("Bü");
  });

  it("shows a writer who deleted their account as Anonym", async () => {
    const { services, anna, ben, benUser, ideaId } = await setup({ historyQuietMs: 600_000 });
    await versions(anna, ideaId);
    await write(services, ideaId, benUser.id, (doc) => setBody(doc, "Von Ben"));
    services.ideaHistory.flushPending(ideaId);
    expect((await versions(anna, ideaId))[0]?.by).toEqual(["Ben"]);
    expect(status(await ben.call("DELETE", "/api/me"))).toBe(204);
    expect((await versions(anna, ideaId))[0]?.by).toEqual(["Anonym"]);
    expect(
      services.sqlite
        .prepare("select count(*) as n from idea_version_writers where user_id = ?")
        .get(benUser.id),
    ).toEqual({ n: 0 });
  });

  it("keeps the posted text before a manager's edit of an idea whose document was never opened", async () => {
    const { services, anna, maria, ideaId } = await setup({ historyQuietMs: 600_000 });
    expect(services.registry.isLoaded(docName("idea", ideaId))).toBe(false);
    expect(status(await maria.call("PATCH", `/api/ideas/${ideaId}`, { body: "Vom Büro gekürzt." }))).toBe(
      200,
    );
    services.ideaHistory.flushPending(ideaId);
    const list = await versions(anna, ideaId);
    expect(list.map((v) => [v.body, v.by])).toEqual([
      ["Vom Büro gekürzt.", ["Maria Manager"]],
      ["Am Platz vor der Bücherei.", ["Anna"]],
    ]);
  });
});
