import { PROJECT_TASKS } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";
import { accountDe } from "./messages.de.ts";
import { accountEn } from "./messages.en.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("GET /api/me/export", () => {
  it("gives a person everything stored about them, without secrets", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna");
    const idea = (
      await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank", body: "Im Park" })
    ).json.idea;
    await anna.call("PUT", `/api/ideas/${idea.id}/vote`);
    await anna.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Ich helfe mit" });
    const res = await anna.call("GET", "/api/me/export");
    expect(res.status).toBe(200);
    expect(res.json.account).toMatchObject({ name: "Anna", role: "resident" });
    expect(res.json.ideas).toHaveLength(1);
    expect(res.json.votes).toHaveLength(1);
    expect(res.json.comments[0].body).toBe("Ich helfe mit");
    expect(res.json.sessions).toHaveLength(1);
    const text = JSON.stringify(res.json);
    expect(text).not.toMatch(/argon2|password|secret/i);
    expect((await Person.of(app).call("GET", "/api/me/export")).status).toBe(401);
  });

  it("explains what was co-written in the language of the request", async () => {
    current = testApp();
    const anna = Person.of(current.app);
    await anna.register("Anna");
    const german = (await anna.call("GET", "/api/me/export")).json;
    expect(german.cowriting.note).toBe(accountDe.cowritingNote);
    const res = await current.app.request("/api/me/export", {
      headers: { cookie: `${anna.cookie}; quer_locale=en` },
    });
    const english = (await res.json()) as { cowriting: { note: string } };
    expect(english.cowriting.note).toBe(accountEn.cowritingNote);
    expect(english.cowriting.note).not.toBe(accountDe.cowritingNote);
  });

  it("names the download in the language of the request", async () => {
    current = testApp();
    const { app } = current;
    const anna = Person.of(app);
    await anna.register("Anna");
    const named = async (locale: string) =>
      (
        await app.request("/api/me/export", {
          headers: { cookie: `${anna.cookie}; quer_locale=${locale}` },
        })
      ).headers.get("content-disposition");
    expect(await named("de")).toBe(
      `attachment; filename="quer-meine-daten.json"; filename*=UTF-8''quer-meine-daten.json`,
    );
    expect(await named("en")).toBe(
      `attachment; filename="quer-my-data.json"; filename*=UTF-8''quer-my-data.json`,
    );
    // Cyrillic stays in the RFC 5987 name; the plain one keeps what ASCII can say.
    expect(await named("uk")).toBe(
      `attachment; filename="quer.json"; filename*=UTF-8''${encodeURIComponent("quer-мої-дані.json")}`,
    );
  });
});

describe("GET /api/me/export, from every table that refers to the person", () => {
  it("adds project news, tasks, workshops, mails, audit entries and what was co-written, with a note", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const workshop = seedBoard(services, { title: "Abend im QUER", mode: "workshop" });
    const anna = Person.of(app);
    const me = await anna.register("Anna", "anna-export@example.org");
    await anna.call("PUT", "/api/me/notices", { emailNotices: "immediate" });
    const ben = Person.of(app);
    const benUser = await ben.register("Ben", "ben-export@example.org");
    const manager = personAs(services, app, "manager", { name: "Maria" }).person;
    const created = (await manager.call("POST", "/api/boards", { title: "Sommerfest" })).json.board;
    const own = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank am Brunnen" })).json
      .idea;
    const bens = (await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Licht am Weg" })).json
      .idea;
    await anna.call("PUT", `/api/ideas/${own.id}/coauthors/${benUser.id}`);
    await ben.call("PUT", `/api/ideas/${bens.id}/coauthors/${me.id}`);
    await manager.call("POST", `/api/ideas/${own.id}/status`, { status: "reviewing" });
    const project = (await manager.call("POST", `/api/ideas/${own.id}/promote`)).json.project;
    await anna.call("POST", `/api/projects/${project.id}/news`, { body: "Die Bank ist bestellt." });
    services.registry.serverWrite(`project:${project.id}`, (doc) => {
      const task = new Y.Map<unknown>();
      doc.getArray(PROJECT_TASKS).push([task]);
      task.set("id", "t1");
      task.set("title", "Bank abholen");
      task.set("done", false);
      task.set("takenBy", { id: me.id, name: "Anna" });
    });
    const { code } = (await manager.call("POST", `/api/boards/${workshop.id}/session`)).json;
    expect((await anna.call("POST", "/api/join", { code })).json.guest).toBe(false);

    const res = await anna.call("GET", "/api/me/export");
    expect(res.status).toBe(200);
    const data = res.json;
    expect(data.projectNews).toEqual([
      {
        id: expect.any(String),
        projectId: project.id,
        body: "Die Bank ist bestellt.",
        createdAt: expect.any(String),
      },
    ]);
    expect(data.tasks).toEqual([{ projectId: project.id, title: "Bank abholen", done: false }]);
    expect(data.workshops).toEqual([{ boardId: workshop.id, joinedAt: expect.any(String) }]);
    // The status change, and the news that the idea became a project.
    expect(data.mails.map((m: { subject: string }) => m.subject).sort()).toEqual([
      "Gute Nachricht: „Bank am Brunnen“ wird ein Projekt",
      "Neuigkeiten zu „Bank am Brunnen“: Wird geprüft",
    ]);
    expect(data.cowriting.note).toMatch(/nicht fest, wer welches Wort geschrieben hat/);
    expect(data.cowriting.ideas).toEqual([
      { ideaId: own.id, title: "Bank am Brunnen", as: "author" },
      { ideaId: bens.id, title: "Licht am Weg", as: "coauthor" },
    ]);
    // Her unsubscribe link is a secret, like her password.
    const token = services.sqlite
      .prepare("select unsubscribe_token from users where id = ?")
      .pluck()
      .get(me.id);
    expect(JSON.stringify(data)).not.toContain(String(token));

    const managerData = (await manager.call("GET", "/api/me/export")).json;
    expect(managerData.auditActions.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(["idea.status", "workshop.start"]),
    );
    expect(managerData.boardsCreated).toEqual([
      { boardId: created.id, title: "Sommerfest", createdAt: expect.any(String) },
    ]);
    expect(managerData.projectNews).toEqual([]);

    await manager.call("POST", `/api/people/${benUser.id}/block`, { reason: "Beleidigungen" });
    await manager.call("POST", `/api/people/${benUser.id}/unblock`);
    expect((await ben.login("ben-export@example.org", "ein-gutes-passwort")).status).toBe(200);
    expect((await ben.call("GET", "/api/me/export")).json.auditAboutMe).toEqual([
      { action: "person.block", reason: "Beleidigungen", at: expect.any(String) },
      { action: "person.unblock", reason: null, at: expect.any(String) },
    ]);
  });
});

describe("DELETE /api/me", () => {
  it("deletes the account, anonymises content, removes votes with their tallies, ends sessions", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    const user = await anna.register("Anna");
    const ben = Person.of(app);
    await ben.register("Ben");
    const own = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
      .idea;
    const other = (await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbank" })).json.idea;
    await anna.call("PUT", `/api/ideas/${other.id}/vote`);
    await ben.call("PUT", `/api/ideas/${other.id}/vote`);
    await anna.call("POST", `/api/ideas/${other.id}/comments`, { body: "Gern!" });
    const cookie = anna.cookie;

    expect((await anna.call("DELETE", "/api/me")).status).toBe(204);
    const me = await app.request("/api/me", { headers: { cookie } });
    expect((await me.json()).user).toBeNull();
    expect(services.sqlite.prepare("select count(*) as n from users where id = ?").get(user.id)).toEqual({
      n: 0,
    });
    const kept = (await ben.call("GET", `/api/ideas/${own.id}`)).json.idea;
    expect(kept.authorName).toBe("Anonym");
    const voted = (await ben.call("GET", `/api/ideas/${other.id}`)).json.idea;
    expect(voted.votes).toBe(1);
    const comments = (await ben.call("GET", `/api/ideas/${other.id}/comments`)).json.comments;
    expect(comments[0]).toMatchObject({ body: "Gern!", authorName: "Anonym" });
    expect((await Person.of(app).call("DELETE", "/api/me")).status).toBe(401);
  });
});

describe("DELETE /api/me, beyond the person's own rows", () => {
  it("keeps a merge undoable without the person's vote, and never restores it", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = personAs(services, app, "resident", { name: "Anna" });
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const manager = personAs(services, app, "manager").person;
    const source = (
      await ben.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })
    ).json.idea;
    const target = (
      await ben.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Offener Bücherschrank" })
    ).json.idea;
    // Anna supports both: the merge leaves her source vote out and keeps it to restore.
    await anna.person.call("PUT", `/api/ideas/${source.id}/vote`);
    await anna.person.call("PUT", `/api/ideas/${target.id}/vote`);
    expect((await manager.call("POST", `/api/ideas/${source.id}/merge`, { into: target.id })).status).toBe(
      200,
    );
    expect((await anna.person.call("DELETE", "/api/me")).status).toBe(204);
    const moved = services.sqlite.prepare("select moved from merges").pluck().get() as string;
    expect(moved).not.toContain(anna.id);

    const undone = await manager.call("POST", `/api/ideas/${source.id}/unmerge`);
    expect(undone.status).toBe(200);
    expect((await Person.of(app).call("GET", `/api/ideas/${source.id}`)).json.idea.votes).toBe(0);
    expect((await Person.of(app).call("GET", `/api/ideas/${target.id}`)).json.idea.votes).toBe(0);
  });

  it("takes the person's address out of the outbox: unsent mails go, sent ones stay without it", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna Beispiel", "anna-beispiel@example.org");
    const ben = Person.of(app);
    await ben.register("Ben", "ben-nachbar@example.org");
    for (const p of [anna, ben]) await p.call("PUT", "/api/me/notices", { emailNotices: "immediate" });
    const manager = personAs(services, app, "manager").person;
    const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Trinkbrunnen" })).json
      .idea;
    await ben.call("PUT", `/api/ideas/${idea.id}/vote`);
    await manager.call("POST", `/api/ideas/${idea.id}/status`, { status: "reviewing" });
    await manager.call("POST", `/api/ideas/${idea.id}/status`, { status: "accepted" });
    // No SMTP here: one of Anna's mails is marked sent by hand, as a mail server would.
    const first = services.sqlite
      .prepare('select id from outbox where "to" = ? order by created_at limit 1')
      .pluck()
      .get("anna-beispiel@example.org") as string;
    services.sqlite.prepare("update outbox set sent_at = ? where id = ?").run(Date.now(), first);
    expect((await anna.call("DELETE", "/api/me")).status).toBe(204);
    const outbox = (await manager.call("GET", "/api/moderation/outbox")).json.mails;
    const text = JSON.stringify(outbox);
    expect(text).not.toMatch(/anna-beispiel@example\.org/i);
    expect(text).not.toContain("Anna Beispiel");
    expect(outbox.filter((m: { to: string }) => m.to === "gelöschtes Konto")).toHaveLength(1);
    expect(outbox.find((m: { to: string }) => m.to === "gelöschtes Konto").sentAt).not.toBeNull();
    // Ben's mails are his: they stay as they were.
    expect(outbox.filter((m: { to: string }) => m.to === "ben-nachbar@example.org")).toHaveLength(2);
  });

  it("names a deleted manager in the audit log only as a deleted account, and stores no name", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = personAs(services, app, "resident", { name: "Anna" });
    const chief = personAs(services, app, "manager", { name: "Clara Chefin" });
    const other = personAs(services, app, "manager", { name: "Maria" }).person;
    const idea = (await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" })).json
      .idea;
    await chief.person.call("POST", `/api/ideas/${idea.id}/status`, { status: "reviewing" });
    expect((await other.call("GET", "/api/audit")).json.entries[0].actorName).toBe("Clara Chefin");

    expect((await chief.person.call("DELETE", "/api/me")).status).toBe(204);
    expect((await other.call("GET", "/api/audit")).json.entries[0]).toMatchObject({
      action: "idea.status",
      actorName: "Gelöschtes Konto",
    });
    const rows = JSON.stringify(services.sqlite.prepare("select * from audit_log").all());
    expect(rows).not.toContain("Clara");
  });
});
