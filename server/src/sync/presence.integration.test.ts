import { docName } from "@quer/shared";
import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it } from "vitest";
import { seedBoard, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";
import { MessageType } from "./messages.ts";
import { colorFor } from "./presence.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
const clients = new Clients();

afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

/** A board where every resident co-writes, with one idea and three residents. */
async function coWritten() {
  server = await testServer();
  const board = seedBoard(server.services, { coWriting: "residents" });
  const people = residents(server.services.db, server, 3);
  const posted = await people[0]?.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Lesecafé" });
  expect(posted?.status).toBe(201);
  return { server, people, name: docName("idea", posted?.json.idea.id as string) };
}

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");

type State = {
  user?: { id: string; name: string; color: string };
  cursor?: { field: string } | null;
  typing?: string | null;
};
const stateOf = (observer: Client, of: Client) =>
  observer.provider.awareness.getStates().get(of.doc.clientID) as State | undefined;

/** One awareness frame for a client id and clock of our choosing, as a hand-made client sends it. */
function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, MessageType.awareness);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

describe("presence", () => {
  it("shows the server's identity for a connection, whatever the client claims", async () => {
    const { server, people, name } = await coWritten();
    const [anna, bob] = people;
    if (!anna || !bob) throw new Error("no residents");
    const forger = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const observer = clients.provider(server.url, name, { cookie: bob.person.cookie });
    await Promise.all([forger, observer].map(synced));

    forger.provider.awareness.setLocalState({
      user: { id: "manager", name: "Die Managerin" },
      typing: "body",
    });
    await waitFor(() => stateOf(observer, forger)?.typing === "body", "presence");
    expect(stateOf(observer, forger)?.user).toEqual({
      id: anna.id,
      name: "Nachbar 0",
      color: colorFor(anna.id),
    });
  });

  it("relays only the known, well-formed fields of a hand-made client's state", async () => {
    const { server, people, name } = await coWritten();
    const [anna, bob, carla] = people;
    if (!anna || !bob || !carla) throw new Error("no residents");
    const observer = clients.provider(server.url, name, { cookie: anna.person.cookie });
    await synced(observer);
    const raw = await clients.raw(server.url, name, { cookie: bob.person.cookie });
    const rawId = 515_151;
    const seen = () => observer.provider.awareness.getStates().get(rawId) as State | undefined;
    const vouched = { id: bob.id, name: "Nachbar 1", color: colorFor(bob.id) };

    raw.ws.send(
      awarenessFrame(rawId, 1, {
        user: { id: anna.id, name: "Die Managerin", color: "#000000", role: "manager" },
        cursor: { field: "body", head: { tname: "x".repeat(1500) } },
        typing: 42,
        html: "<img src=x onerror=alert(1)>",
      }),
    );
    await waitFor(seen, "the hand-made state");
    expect(seen()).toEqual({ user: vouched });

    const head = { item: { client: rawId, clock: 0 }, assoc: -1 };
    raw.ws.send(
      awarenessFrame(rawId, 2, {
        cursor: { field: "body", head: { ...head, note: "x".repeat(500) }, colour: "red" },
        typing: "body",
        marker: 1,
      }),
    );
    await waitFor(() => seen()?.typing === "body", "the second hand-made state");
    const cleaned = { user: vouched, cursor: { field: "body", head }, typing: "body" };
    expect(seen()).toEqual(cleaned);

    // Someone who comes later gets the server's copy: the same cleaned state.
    const late = clients.provider(server.url, name, { cookie: carla.person.cookie });
    await waitFor(() => late.provider.awareness.getStates().get(rawId), "the state at a later reader");
    expect(late.provider.awareness.getStates().get(rawId)).toEqual(cleaned);
  });

  it("lets a connection control only the client ids it introduced", async () => {
    const { server, people, name } = await coWritten();
    const [anna, bob, carla] = people;
    if (!anna || !bob || !carla) throw new Error("no residents");
    const victim = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const observer = clients.provider(server.url, name, { cookie: carla.person.cookie });
    await Promise.all([victim, observer].map(synced));
    victim.provider.awareness.setLocalStateField("typing", "title");
    await waitFor(() => stateOf(observer, victim)?.typing === "title", "victim's presence");

    const raw = await clients.raw(server.url, name, { cookie: bob.person.cookie });
    raw.ws.send(awarenessFrame(victim.doc.clientID, 1_000, { typing: "body" }));
    raw.ws.send(awarenessFrame(victim.doc.clientID, 1_001, null));
    // Its own id goes through, after the forged frames: once it arrives, they were handled.
    raw.ws.send(awarenessFrame(424_242, 1, { typing: "goal" }));
    await waitFor(
      () => (observer.provider.awareness.getStates().get(424_242) as State | undefined)?.typing === "goal",
      "the raw client's own presence",
    );
    expect(stateOf(observer, victim)).toMatchObject({ typing: "title", user: { id: anna.id } });
    expect(raw.ws.readyState).toBe(raw.ws.OPEN);
  });

  it("caps a presence flood without closing the sender", async () => {
    const { server, people, name } = await coWritten();
    const [anna, bob] = people;
    if (!anna || !bob) throw new Error("no residents");
    const flooder = clients.provider(server.url, name, { cookie: anna.person.cookie });
    await synced(flooder);
    const watcher = await clients.raw(server.url, name, { cookie: bob.person.cookie });
    const presenceFrames = () => watcher.received.filter((m) => m[0] === MessageType.awareness).length;

    const SENT = 300; // under the general message limit, far over the presence limit
    for (let i = 0; i < SENT; i++) flooder.provider.awareness.setLocalStateField("typing", `f${i}`);
    // Presence flows again once the bucket refills: keep nudging until a marker arrives.
    let marker = 0;
    await waitFor(() => {
      flooder.provider.awareness.setLocalStateField("typing", `marker${++marker}`);
      return watcher.received.some(
        (m) => m[0] === MessageType.awareness && new TextDecoder().decode(m).includes('"marker'),
      );
    }, "presence after the flood");
    expect(presenceFrames()).toBeLessThan(SENT / 4);
    expect(flooder.closes).toEqual([]);
    expect(flooder.provider.wsconnected).toBe(true);
  });
});
