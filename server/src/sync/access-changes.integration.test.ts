import { ideas, sessions } from "@quer/db";
import { CloseCode } from "@quer/shared";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open.ts";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

async function started() {
  server = await testServer();
  const maria = await signedInManager(server.services, Person.over(server));
  return { server, services: server.services, url: server.url, maria };
}

async function joined(url: string, code: string): Promise<Person> {
  const phone = Person.over({ url });
  const res = await phone.call("POST", "/api/join", { code });
  expect(res.status).toBe(200);
  return phone;
}

const textOf = (s: NonNullable<typeof server>, ideaId: string) =>
  s.services.registry.peek(`idea:${ideaId}`)?.doc.getText("body").toString();

describe("a right withdrawn while sockets stay open", () => {
  it("a board made private closes the anonymous sockets on its board and idea documents", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services);
    const [author] = residents(services.db, { url }, 1);
    if (!author) throw new Error("no resident");
    const idea = (await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bänke" })).json
      .idea;
    const onBoard = clients.provider(url, `board:${board.id}`);
    const onIdea = clients.provider(url, `idea:${idea.id}`);
    await waitFor(() => onBoard.provider.synced && onIdea.provider.synced, "anonymous readers synced");

    expect((await maria.call("PATCH", `/api/boards/${board.id}`, { visibility: "private" })).status).toBe(
      200,
    );
    await waitFor(() => onBoard.closes.includes(CloseCode.forbidden), "board socket closed");
    await waitFor(() => onIdea.closes.includes(CloseCode.forbidden), "idea socket closed");
    expect(await clients.upgradeStatus(url, `board:${board.id}`, { origin: url })).toBe(401);
    expect(await clients.upgradeStatus(url, `idea:${idea.id}`, { origin: url })).toBe(401);
  });

  it("narrowing co-writing closes another resident's writer socket before their next edit is taken", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services, { coWriting: "residents" });
    const [author, neighbour] = residents(services.db, { url }, 2);
    if (!author || !neighbour) throw new Error("no residents");
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Gemeinschaftsgarten" })
    ).json.idea;
    const writer = clients.provider(url, `idea:${idea.id}`, { cookie: neighbour.person.cookie });
    await waitFor(() => writer.provider.synced, "neighbour writing");
    writer.doc.getText("body").insert(0, "Mit Hochbeeten. ");
    await waitFor(
      () => textOf(server as NonNullable<typeof server>, idea.id) === "Mit Hochbeeten. ",
      "first edit",
    );

    expect((await maria.call("PATCH", `/api/boards/${board.id}`, { coWriting: "authors" })).status).toBe(200);
    // Sent the moment the answer is here: the socket must already be a reader's or gone.
    writer.doc.getText("body").insert(0, "Eingeschmuggelt. ");
    await waitFor(() => writer.closes.includes(CloseCode.forbidden), "writer socket closed with 4403");
    expect(textOf(server as NonNullable<typeof server>, idea.id)).toBe("Mit Hochbeeten. ");
    const fresh = clients.provider(url, `idea:${idea.id}`);
    await waitFor(() => fresh.provider.synced, "a fresh reader");
    expect(fresh.doc.getText("body").toString()).toBe("Mit Hochbeeten. ");
  });

  it("ending a workshop leaves its guests reading: writer sockets close, commands are refused", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services, { mode: "workshop" });
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const guest = await joined(url, code);
    const mine = (await guest.call("POST", `/api/boards/${board.id}/ideas`, { title: "Trinkbrunnen" })).json
      .idea;
    const theirs = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Schattenplätze" }))
      .json.idea;
    const editor = clients.provider(url, `idea:${theirs.id}`, { cookie: guest.cookie });
    await waitFor(() => editor.provider.synced, "guest co-writing the workshop's idea");

    expect((await maria.call("DELETE", `/api/boards/${board.id}/session`)).status).toBe(200);
    await waitFor(() => editor.closes.includes(CloseCode.forbidden), "guest's writer socket closed");
    const reading = clients.provider(url, `idea:${theirs.id}`, { cookie: guest.cookie });
    await waitFor(() => reading.provider.synced, "guest back as a reader");
    reading.doc.getText("body").insert(0, "Nach dem Abend geschrieben.");
    await waitFor(() => reading.closes.includes(CloseCode.forbidden), "a reader's edit is refused");
    expect(textOf(server as NonNullable<typeof server>, theirs.id)).toBe("");

    expect((await guest.call("GET", `/api/boards/${board.id}`)).status).toBe(200);
    for (const [method, path, body] of [
      ["POST", `/api/boards/${board.id}/ideas`, { title: "Noch eine Idee" }],
      ["POST", `/api/ideas/${theirs.id}/comments`, { body: "Gute Idee" }],
      ["POST", `/api/ideas/${theirs.id}/report`, { reason: "Spam" }],
      ["PUT", `/api/ideas/${theirs.id}/vote`, undefined],
      ["PUT", `/api/ideas/${mine.id}/vote`, undefined],
    ] as const) {
      expect([path, (await guest.call(method, path, body)).status]).toEqual([path, 403]);
    }
    expect(await clients.upgradeStatus(url, `idea:${mine.id}`, { origin: url, cookie: guest.cookie })).toBe(
      101,
    );
  });

  it("a change no route made reaches the sockets too: the re-check is where changes are committed", async () => {
    const { services, url } = await started();
    const board = seedBoard(services);
    const [author, reader] = residents(services.db, { url }, 2);
    if (!author || !reader) throw new Error("no residents");
    const idea = (await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Laternen" }))
      .json.idea;
    const watching = clients.provider(url, `idea:${idea.id}`, { cookie: reader.person.cookie });
    await waitFor(() => watching.provider.synced, "reader synced");
    services.db.update(ideas).set({ hiddenAt: Date.now() }).where(eq(ideas.id, idea.id)).run();
    await waitFor(() => watching.closes.includes(CloseCode.forbidden), "reader's socket closed");
  });

  it("sessions another process ends (the CLI) close their sockets", async () => {
    const { services, url } = await started();
    const board = seedBoard(services);
    const [person] = residents(services.db, { url }, 1);
    if (!person) throw new Error("no resident");
    const socket = clients.provider(url, `board:${board.id}`, { cookie: person.person.cookie });
    await waitFor(() => socket.provider.synced, "synced");
    const other = openDatabase((server as NonNullable<typeof server>).dataDir);
    try {
      other.db.delete(sessions).where(eq(sessions.userId, person.id)).run();
    } finally {
      other.sqlite.close();
    }
    await waitFor(() => socket.closes.includes(CloseCode.sessionEnded), "socket of the ended session closed");
  });

  it("topic tables follow their workshop's visibility at all times", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services, { mode: "workshop", visibility: "private" });
    const table = (await maria.call("POST", `/api/boards/${board.id}/tables`, { title: "Verkehr" })).json
      .table;
    expect(await clients.upgradeStatus(url, `board:${table.id}`, { origin: url })).toBe(401);

    expect((await maria.call("PATCH", `/api/boards/${board.id}`, { visibility: "public" })).status).toBe(200);
    const anonymous = clients.provider(url, `board:${table.id}`);
    await waitFor(() => anonymous.provider.synced, "an anonymous reader at the table");
    expect((await Person.over({ url }).call("GET", `/api/boards/${table.id}`)).status).toBe(200);

    expect((await maria.call("PATCH", `/api/boards/${board.id}`, { visibility: "private" })).status).toBe(
      200,
    );
    await waitFor(() => anonymous.closes.includes(CloseCode.forbidden), "the table's reader closed");
    expect((await Person.over({ url }).call("GET", `/api/boards/${table.id}`)).status).toBe(404);

    // Even a table row that still says "public" (copied once, before tables followed) is private.
    services.sqlite.prepare("update boards set visibility = 'public' where id = ?").run(table.id);
    expect((await Person.over({ url }).call("GET", `/api/boards/${table.id}`)).status).toBe(404);
  });

  it("merging an idea turns its writers' sockets on it into readers", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services);
    const [author] = residents(services.db, { url }, 1);
    if (!author) throw new Error("no resident");
    const post = async (title: string) =>
      (await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title })).json.idea.id as string;
    const source = await post("Bank am Brunnen");
    const target = await post("Bänke am Platz");
    const writer = clients.provider(url, `idea:${source}`, { cookie: author.person.cookie });
    await waitFor(() => writer.provider.synced, "the author writing");
    expect((await maria.call("POST", `/api/ideas/${source}/merge`, { into: target })).status).toBe(200);
    await waitFor(() => writer.closes.includes(CloseCode.forbidden), "the merged idea's writer closed");
  });

  it("deleting one's account closes the sockets of every session it had", async () => {
    const { services, url } = await started();
    const board = seedBoard(services);
    const [person] = residents(services.db, { url }, 1);
    if (!person) throw new Error("no resident");
    const socket = clients.provider(url, `board:${board.id}`, { cookie: person.person.cookie });
    await waitFor(() => socket.provider.synced, "synced");
    expect((await person.person.call("DELETE", "/api/me")).status).toBe(204);
    await waitFor(() => socket.closes.includes(CloseCode.sessionEnded), "socket closed with the account");
  });

  it("joining a running workshop as oneself makes an open reader a writer, without reconnecting", async () => {
    const { services, url, maria } = await started();
    const board = seedBoard(services, { mode: "workshop", visibility: "public" });
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const idea = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Tauschregal" })).json
      .idea;
    const [resident] = residents(services.db, { url }, 1);
    if (!resident) throw new Error("no resident");
    const socket = clients.provider(url, `idea:${idea.id}`, { cookie: resident.person.cookie });
    await waitFor(() => socket.provider.synced, "a reader of the public workshop");

    expect((await resident.person.call("POST", "/api/join", { code })).status).toBe(200);
    socket.doc.getText("body").insert(0, "Im Flur vom QUER.");
    await waitFor(
      () => textOf(server as NonNullable<typeof server>, idea.id) === "Im Flur vom QUER.",
      "the participant's edit taken",
    );
    expect(socket.closes).toEqual([]);
  });
});
