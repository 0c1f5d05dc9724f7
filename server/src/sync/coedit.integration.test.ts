import { CloseCode, docName } from "@quer/shared";
import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { Person, signedInManager, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, sleep, waitFor } from "../testing/sync-clients.ts";
import { DocStore } from "./doc-store.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
const clients = new Clients();

afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

/** A public board with one idea by Anna; Bob is another resident. */
async function ideaServer(overrides: Parameters<typeof testServer>[0] = {}) {
  server = await testServer(overrides);
  const manager = await signedInManager(server.services, Person.over(server));
  const boardId = (await manager.call("POST", "/api/boards", { title: "Gemeinsam" })).json.board.id as string;
  const [anna, bob] = residents(server.services.db, server, 2);
  if (!anna || !bob) throw new Error("no residents");
  const posted = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, {
    title: "Repair-Café",
    body: "Einmal im Monat",
  });
  expect(posted.status).toBe(201);
  const ideaId = posted.json.idea.id as string;
  return { server, anna, bob, ideaId, name: docName("idea", ideaId) };
}

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");

/** The body as stored on disk, read past the live document. */
function storedBody(s: NonNullable<typeof server>, name: string): string {
  const doc = new Y.Doc();
  for (const part of new DocStore(s.services.sqlite).load(name)) Y.applyUpdate(doc, part);
  return doc.getText("body").toString();
}

describe("co-edited idea documents", () => {
  it("store and relay the author's edits, and survive unloading", async () => {
    const { server, anna, ideaId, name } = await ideaServer({ docIdleMs: 40 });
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([author, reader].map(synced));
    expect(reader.doc.getText("body").toString()).toBe("Einmal im Monat");

    author.doc.getText("body").insert(15, " im Quartierstreff");
    await waitFor(
      () => reader.doc.getText("body").toString() === "Einmal im Monat im Quartierstreff",
      "edit relayed",
    );
    author.provider.destroy();
    reader.provider.destroy();
    await waitFor(() => !server.services.registry.isLoaded(name), "document unloaded");
    // Unloading made the copy into SQL that was still waiting for a pause in typing.
    const row = server.services.sqlite.prepare("select body from ideas where id = ?").get(ideaId);
    expect(row).toEqual({ body: "Einmal im Monat im Quartierstreff" });

    const later = clients.provider(server.url, name);
    await synced(later);
    expect(later.doc.getText("title").toString()).toBe("Repair-Café");
    expect(later.doc.getText("body").toString()).toBe("Einmal im Monat im Quartierstreff");
  });

  it("close a non-writer's edit with 4403 and keep it from everyone", async () => {
    const { server, anna, bob, name } = await ideaServer();
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const other = clients.provider(server.url, name, { cookie: bob.person.cookie });
    const anonymous = clients.provider(server.url, name);
    await Promise.all([author, other, anonymous].map(synced));

    other.doc.getText("title").insert(0, "Kaputtes ");
    anonymous.doc.getText("body").delete(0, 7);
    await waitFor(() => other.closes.includes(CloseCode.forbidden), "resident closed with 4403");
    await waitFor(() => anonymous.closes.includes(CloseCode.forbidden), "anonymous closed with 4403");

    author.doc.getText("title").insert(11, "!");
    const fresh = clients.provider(server.url, name);
    await synced(fresh);
    await waitFor(() => fresh.doc.getText("title").toString() === "Repair-Café!", "author's edit arrives");
    expect(fresh.doc.getText("body").toString()).toBe("Einmal im Monat");
    expect(author.doc.getText("title").toString()).toBe("Repair-Café!");
    expect(author.closes).toEqual([]);
  });

  it("refuse a hand-made update from a resident who is not a co-author: 4403, not stored", async () => {
    const { server, anna, bob, name } = await ideaServer();
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    await synced(author);
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(author.doc));
    const before = Y.encodeStateVector(forged);
    forged.getText("body").insert(0, "Gefälscht: ");
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(forged, before));

    const raw = await clients.raw(server.url, name, { cookie: bob.person.cookie });
    raw.ws.send(encoding.toUint8Array(encoder));
    expect(await raw.closed).toBe(CloseCode.forbidden);
    expect(storedBody(server, name)).toBe("Einmal im Monat");
    author.doc.getText("title").insert(0, "!");
    const fresh = clients.provider(server.url, name);
    await waitFor(() => fresh.doc.getText("title").toString() === "!Repair-Café", "a later edit arrives");
    expect(fresh.doc.getText("body").toString()).toBe("Einmal im Monat");
    expect(author.doc.getText("body").toString()).toBe("Einmal im Monat");
  });

  it("close a writer with 1009 when an update would take the document past its size cap", async () => {
    const { server, anna, name } = await ideaServer({ docMaxBytes: 128 * 1024 });
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([author, reader].map(synced));
    const body = author.doc.getText("body");
    body.insert(0, "a".repeat(100 * 1024));
    await waitFor(() => reader.doc.getText("body").length === body.length, "a large edit within the cap");

    body.insert(0, "b".repeat(40 * 1024));
    await waitFor(() => author.closes.includes(CloseCode.messageTooBig), "closed with 1009");
    expect(storedBody(server, name)).toBe(`${"a".repeat(100 * 1024)}Einmal im Monat`);
    expect(reader.doc.getText("body").toString()).not.toContain("b");
    expect(reader.closes).toEqual([]);
  });

  it("give a co-author write access, and close their socket with 4403 when it is withdrawn", async () => {
    const { server, anna, bob, ideaId, name } = await ideaServer();
    const added = await anna.person.call("PUT", `/api/ideas/${ideaId}/coauthors/${bob.id}`);
    expect(added.status).toBe(204);
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const coauthor = clients.provider(server.url, name, { cookie: bob.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([author, coauthor, reader].map(synced));
    coauthor.doc.getText("body").insert(0, "Jeden ersten Samstag. ");
    await waitFor(() => author.doc.getText("body").toString().startsWith("Jeden ersten"), "co-author's edit");

    const removed = await anna.person.call("DELETE", `/api/ideas/${ideaId}/coauthors/${bob.id}`);
    expect(removed.status).toBe(204);
    await waitFor(() => coauthor.closes.includes(CloseCode.forbidden), "co-author closed with 4403");
    expect(author.closes).toEqual([]);
    expect(reader.closes).toEqual([]);
    // Back as a reader, the former co-author still reads along but cannot write.
    const again = clients.provider(server.url, name, { cookie: bob.person.cookie });
    await synced(again);
    again.doc.getText("body").insert(0, "Nein: ");
    await waitFor(() => again.closes.includes(CloseCode.forbidden), "write refused");
    author.doc.getText("title").insert(0, "Neu: ");
    await waitFor(() => reader.doc.getText("title").toString() === "Neu: Repair-Café", "author still writes");
    expect(reader.doc.getText("body").toString()).toBe("Jeden ersten Samstag. Einmal im Monat");
  });

  it("relay presence from writers only", async () => {
    const { server, anna, name } = await ideaServer();
    const author = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([author, reader].map(synced));

    // Every client id the author's copy ever learned presence for.
    const seenByAuthor = new Set<number>();
    author.provider.awareness.on("change", ({ added }: { added: number[] }) => {
      for (const id of added) seenByAuthor.add(id);
    });
    reader.provider.awareness.setLocalStateField("cursor", { field: "title" });
    author.provider.awareness.setLocalStateField("cursor", { field: "body" });
    const authorId = author.doc.clientID;
    const cursorAt = (client: Client, id: number) =>
      (client.provider.awareness.getStates().get(id) as { cursor?: { field: string } } | undefined)?.cursor
        ?.field;
    await waitFor(() => cursorAt(reader, authorId) === "body", "author's presence at the reader");
    // The reader's own presence went out first and must not have reached the author.
    await sleep(100);
    expect(seenByAuthor.has(reader.doc.clientID)).toBe(false);

    author.provider.destroy();
    await waitFor(() => !reader.provider.awareness.getStates().has(authorId), "presence removed on leave");
  });

  it("closes a socket that floods the server with messages with 4429", async () => {
    const { server, name } = await ideaServer();
    const raw = await clients.raw(server.url, name);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 3); // query awareness: tiny and harmless, so only the rate counts
    const frame = encoding.toUint8Array(encoder);
    for (let i = 0; i < 1000; i++) raw.ws.send(frame);
    expect(await raw.closed).toBe(CloseCode.rateLimited);
  });
});
