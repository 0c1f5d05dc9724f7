import { rmSync } from "node:fs";
import { CloseCode, docName } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { Person, signedInManager, tempDataDir, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, sleep, waitFor } from "../testing/sync-clients.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
const clients = new Clients();
const running: Server[] = [];
const dirs: string[] = [];

afterEach(async () => {
  clients.closeAll();
  for (const s of running.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string, overrides: Parameters<typeof testServer>[0] = {}): Promise<Server> {
  const server = await testServer(overrides, dataDir);
  running.push(server);
  return server;
}

async function stop(server: Server): Promise<void> {
  running.splice(running.indexOf(server), 1);
  await server.close();
}

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");

/** The Yjs item id of each idea entry: what must survive a restart unchanged. */
function identities(doc: Y.Doc): Record<string, string> {
  const out: Record<string, string> = {};
  doc.getMap("ideas").forEach((value, key) => {
    const item = (value as Y.Map<unknown>)._item;
    out[key] = item ? `${item.id.client}:${item.id.clock}` : "";
  });
  return out;
}

describe("server-written documents across a restart", () => {
  it("keep their Yjs identity, so connected and offline copies stay valid", async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const first = await start(dataDir);
    const manager = await signedInManager(first.services, Person.over(first));
    const boardId = (await manager.call("POST", "/api/boards", { title: "Neustart" })).json.board
      .id as string;
    const name = docName("board", boardId);
    const [anna, bob] = residents(first.services.db, first, 2);
    if (!anna || !bob) throw new Error("no residents");
    const ids: string[] = [];
    for (const title of ["Trinkbrunnen", "Fahrradständer"]) {
      ids.push((await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title })).json.idea.id);
    }
    await bob.person.call("PUT", `/api/ideas/${ids[0]}/vote`);

    const connected = clients.provider(first.url, name);
    const signedIn = clients.provider(first.url, name, { cookie: bob.person.cookie });
    const offline = clients.provider(first.url, name);
    await Promise.all([connected, signedIn, offline].map(synced));
    await waitFor(() => connected.ideas()[ids[0] as string]?.votes === 1, "vote synced");
    offline.provider.destroy(); // keeps its copy, like IndexedDB would
    const before = identities(connected.doc);

    await stop(first);
    await waitFor(() => connected.closes.includes(CloseCode.goingAway), "told the server is going away");
    const second = await start(dataDir, { port: first.port });
    expect(second.url).toBe(first.url);

    await Promise.all([connected, signedIn].map(synced));
    const back = clients.provider(second.url, name, { doc: offline.doc });
    await synced(back);
    const fresh = clients.provider(second.url, name);
    await synced(fresh);
    expect(identities(fresh.doc)).toEqual(before);

    // Live updates still flow to every copy, and nothing appeared twice.
    const third = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title: "Hochbeet" });
    expect(third.status).toBe(201);
    await bob.person.call("PUT", `/api/ideas/${ids[1]}/vote`);
    for (const client of [connected, signedIn, back, fresh]) {
      await waitFor(() => client.ideas()[ids[1] as string]?.votes === 1, "vote after restart");
      expect(Object.keys(client.ideas()).sort()).toEqual([...ids, third.json.idea.id].sort());
      expect(client.ideas()[ids[0] as string]).toMatchObject({ title: "Trinkbrunnen", votes: 1 });
      expect(client.closes.filter((code) => code !== CloseCode.goingAway)).toEqual([]);
    }
    const live = second.services.registry.get(name);
    expect(live?.doc.getMap("ideas").toJSON()).toEqual(fresh.ideas());
  });
});

describe("idle documents", () => {
  it("unload after the last client leaves, and load again with everything in them", async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir, { docIdleMs: 40 });
    const { registry, sqlite } = server.services;
    const manager = await signedInManager(server.services, Person.over(server));
    const boardId = (await manager.call("POST", "/api/boards", { title: "Leerlauf" })).json.board
      .id as string;
    const name = docName("board", boardId);
    const [anna] = residents(server.services.db, server, 1);
    if (!anna) throw new Error("no resident");

    const reader = clients.provider(server.url, name);
    await synced(reader);
    expect(registry.isLoaded(name)).toBe(true);
    const first = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title: "Sitzecke" });
    await waitFor(() => reader.ideas()[first.json.idea.id], "idea arrives");
    await sleep(200); // several idle periods: a connected document must stay
    expect(registry.isLoaded(name)).toBe(true);

    const before = identities(reader.doc);
    reader.provider.destroy();
    await waitFor(() => !registry.isLoaded(name), "document unloaded");
    await waitFor(() => registry.size === 0, "registry empty");
    // Unloading compacted the log into the snapshot.
    const count = (table: string) =>
      (sqlite.prepare(`select count(*) as n from ${table} where name = ?`).get(name) as { n: number }).n;
    expect(count("doc_snapshots")).toBe(1);
    expect(count("doc_updates")).toBe(0);

    // A command on an unloaded document loads it, writes, and lets it go again.
    const second = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title: "Bücherschrank" });
    await waitFor(() => !registry.isLoaded(name), "unloaded after the command");

    const fresh = clients.provider(server.url, name);
    const back = clients.provider(server.url, name, { doc: reader.doc });
    await Promise.all([fresh, back].map(synced));
    expect(registry.isLoaded(name)).toBe(true);
    for (const client of [fresh, back]) {
      await waitFor(() => client.ideas()[second.json.idea.id], "idea written while unloaded");
      expect(Object.keys(client.ideas()).sort()).toEqual([first.json.idea.id, second.json.idea.id].sort());
      expect(client.closes).toEqual([]);
    }
    expect(identities(fresh.doc)[first.json.idea.id]).toBe(before[first.json.idea.id]);
  });
});
