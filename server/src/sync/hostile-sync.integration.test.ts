import { randomBytes } from "node:crypto";
import { CloseCode, docName } from "@quer/shared";
import * as encoding from "lib0/encoding";
import { afterEach, describe, expect, it } from "vitest";
import type { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import type { Config } from "../config.ts";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents, sleep, waitFor } from "../testing/sync-clients.ts";
import { MessageType } from "./messages.ts";
import { unresolvedBytes } from "./unresolved.ts";

/**
 * Hand-made clients against a real server: frames no stock client sends, floods, and
 * clients that stop reading. For each, only the sender is closed, the document is what it
 * was, and the server goes on serving everyone else.
 */
const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

/** A small seeded generator, so a failing frame can be found again from the test's output. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An idea with a text, its author's cookie, and an anonymous watcher that sees what is relayed. */
async function ideaWithText(config: Partial<Config> = {}) {
  server = await testServer(config);
  const { services, url } = server;
  const board = seedBoard(services);
  const [author] = residents(services.db, { url }, 1);
  if (!author) throw new Error("no resident");
  const idea = (await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbänke" }))
    .json.idea;
  const name = docName("idea", idea.id);
  const writer = clients.provider(url, name, { cookie: author.person.cookie });
  const watcher = clients.provider(url, name);
  await waitFor(() => writer.provider.synced && watcher.provider.synced, "writer and watcher synced");
  writer.doc.getText("body").insert(0, "Am Spielplatz fehlen Bänke.");
  await waitFor(() => watcher.doc.getText("body").toString() === "Am Spielplatz fehlen Bänke.", "first text");
  const live = services.registry.peek(name);
  if (!live) throw new Error("not loaded");
  const state = () => ({
    text: live.doc.getText("body").toString(),
    vector: Array.from(Y.encodeStateVector(live.doc)),
  });
  /** The honest writer is still heard: the server serves others after whatever happened. */
  const stillServing = async (mark: string, timeoutMs?: number) => {
    writer.doc.getText("body").insert(writer.doc.getText("body").length, mark);
    await waitFor(() => watcher.doc.getText("body").toString().endsWith(mark), `relay of ${mark}`, timeoutMs);
  };
  return { server, url, name, author, writer, watcher, live, state, stillServing };
}

/** Sends frames on a fresh writer's socket; resolves with its close code, or null if it stays open. */
async function sendOn(ws: WebSocket, closed: Promise<number>, frames: (Uint8Array | string)[]) {
  for (const frame of frames) ws.send(frame);
  return Promise.race([closed, sleep(400).then(() => null)]);
}

describe("hostile sync frames", () => {
  it("malformed, truncated and unknown frames close only their sender and change nothing", async () => {
    const t = await ideaWithText();
    const before = t.state();
    const next = random(20261204);
    const frames: { label: string; frame: Uint8Array | string }[] = [];
    for (let i = 0; i < 60; i++) {
      const bytes = new Uint8Array(1 + Math.floor(next() * 64));
      for (let j = 0; j < bytes.length; j++) bytes[j] = Math.floor(next() * 256);
      // Keep most frames on the sync path, where the document could be touched.
      if (next() < 0.7) bytes[0] = MessageType.sync;
      frames.push({ label: `random ${i}`, frame: bytes });
    }
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(t.live.doc));
    const sv = Y.encodeStateVector(other);
    other.getText("body").delete(0, 4);
    other.getText("body").insert(0, "Überall ");
    const update = Y.encodeStateAsUpdate(other, sv);
    const valid = syncFrame(syncProtocol.messageYjsUpdate, update);
    for (let cut = 1; cut < valid.length; cut++) {
      frames.push({ label: `truncated at ${cut}`, frame: valid.slice(0, cut) });
    }
    // A whole frame around a cut update: Yjs would integrate its first structs, then fail.
    for (let cut = 1; cut < update.length; cut++) {
      frames.push({
        label: `update cut at ${cut}`,
        frame: syncFrame(syncProtocol.messageYjsUpdate, update.slice(0, cut)),
      });
    }
    frames.push(
      { label: "unknown message type", frame: Uint8Array.of(9, 0) },
      { label: "unknown sync kind", frame: Uint8Array.of(MessageType.sync, 7, 0) },
      { label: "empty", frame: new Uint8Array(0) },
      { label: "text frame", frame: "hallo" },
      { label: "awareness cut short", frame: Uint8Array.of(MessageType.awareness, 40, 1, 2) },
      {
        label: "length beyond the frame",
        frame: Uint8Array.of(MessageType.sync, 2, 0xff, 0xff, 0xff, 0x7f, 1),
      },
    );

    const outcomes: string[] = [];
    for (const { label, frame } of frames) {
      const { ws, closed } = await clients.raw(t.url, t.name, { cookie: t.author.person.cookie });
      const code = await sendOn(ws, closed, [frame]);
      ws.terminate();
      outcomes.push(`${label}: ${code ?? "open"}`);
      expect({ label, state: t.state() }).toEqual({ label, state: before });
    }
    // Every truncation of a real update is refused as a protocol error, none applied in part.
    for (let cut = 1; cut < valid.length; cut++) {
      expect(outcomes).toContain(`truncated at ${cut}: ${CloseCode.protocolError}`);
    }
    for (let cut = 1; cut < update.length; cut++) {
      expect(outcomes).toContain(`update cut at ${cut}: ${CloseCode.protocolError}`);
    }
    const closed = outcomes.filter((o) => !o.endsWith("open")).length;
    console.log(
      `hostile sync frames: ${frames.length} sent, ${closed} closed their socket, 0 changed the document`,
    );
    await t.stillServing(" Drei reichen.");
  });

  it("a frame over the size limit closes with 1009 and the document keeps its text", async () => {
    const t = await ideaWithText();
    const before = t.state();
    const { ws, closed } = await clients.raw(t.url, t.name, { cookie: t.author.person.cookie });
    ws.send(new Uint8Array(600 * 1024).fill(1));
    expect(await closed).toBe(CloseCode.messageTooBig);
    expect(t.state()).toEqual(before);
    await t.stillServing(" Bitte bald.");
  });

  it("updates whose dependencies never arrive close their sender with 4413 and leave nothing held", async () => {
    const t = await ideaWithText();
    const before = t.state();
    const forged = new Y.Doc();
    forged.getText("body").insert(0, "nie gesendet");
    const frames: Uint8Array[] = [];
    forged.on("update", (u: Uint8Array) => frames.push(syncFrame(syncProtocol.messageYjsUpdate, u)));
    const next = random(7);
    for (let i = 0; i < 40; i++) {
      const chunk = Array.from({ length: 16 * 1024 }, () =>
        String.fromCharCode(97 + Math.floor(next() * 26)),
      );
      forged.getText("body").insert(0, chunk.join(""));
    }
    const { ws, closed } = await clients.raw(t.url, t.name, { cookie: t.author.person.cookie });
    for (const frame of frames) ws.send(frame);
    expect(await closed).toBe(CloseCode.unresolved);
    expect(unresolvedBytes(t.live.doc)).toBe(0);
    expect(t.state()).toEqual(before);
    await t.stillServing(" Aus Holz.");
  });

  it("a client asking for the whole state again and again is closed with 4429", async () => {
    const t = await ideaWithText();
    const { ws, closed, received } = await clients.raw(t.url, t.name);
    const ask = syncFrame(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc()));
    for (let i = 0; i < 200; i++) ws.send(ask);
    expect(await closed).toBe(CloseCode.rateLimited);
    // The answers it got were the same encoding, made once for this state of the document.
    const answers = received.filter(
      (m) => m[0] === MessageType.sync && m[1] === syncProtocol.messageYjsSyncStep2,
    );
    expect(answers.length).toBeGreaterThan(1);
    expect(answers.length).toBeLessThan(200);
    await t.stillServing(" Mit Lehne.");
  });

  it("a socket that stops reading is cut off once its unread data passes the limit", {
    timeout: 60_000,
  }, async () => {
    const t = await ideaWithText();
    t.server.services.config.sockets.unsentBytes = 512 * 1024;
    // This process reads for every client: keep only the writer and the silent reader.
    t.watcher.provider.destroy();
    const { ws, closed } = await clients.raw(t.url, t.name);
    const silent = (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
    silent.pause();
    await waitFor(() => t.live.peers.size === 2, "the silent reader attached");
    // Text written and taken back again: the document stays small while what is relayed
    // grows, as with votes going up and down on a board. Incompressible, so what waits
    // for the reader is as large as what was written, and enough to fill the kernel's
    // buffers on both ends first.
    const body = t.writer.doc.getText("body");
    const kept = body.toString();
    let rounds = 0;
    while (rounds < 150 && t.live.peers.size === 2) {
      const chunk = randomBytes(300 * 1024).toString("base64");
      body.insert(0, chunk);
      await sleep(5);
      body.delete(0, chunk.length);
      rounds += 1;
      await sleep(5);
    }
    await waitFor(() => t.live.peers.size === 1, "the silent reader cut off");
    silent.resume();
    expect(await closed).toBe(1006);
    const fresh = clients.provider(t.url, t.name);
    await waitFor(() => fresh.provider.synced, "a new reader gets the whole document", 30_000);
    expect(fresh.doc.getText("body").toString()).toBe(kept);
  });
});

describe("socket floods", () => {
  it("are refused before a socket exists: per session and anonymous per address 429, in total 503", async () => {
    server = await testServer({
      sockets: { total: 6, perSession: 3, anonymousPerAddress: 2, unsentBytes: 1 << 20 },
    });
    const { url, services } = server;
    const board = seedBoard(services);
    const name = docName("board", board.id);
    const [a, b] = residents(services.db, { url }, 2);
    if (!a || !b) throw new Error("no residents");
    const up = (cookie?: string) =>
      clients.upgradeStatus(url, name, cookie ? { origin: url, cookie } : { origin: url });
    const held: unknown[] = [];
    const open = async (cookie?: string) => held.push(await clients.raw(url, name, cookie ? { cookie } : {}));

    await open();
    await open();
    expect(await up()).toBe(429);
    for (let i = 0; i < 3; i++) await open(a.person.cookie);
    expect(await up(a.person.cookie)).toBe(429);
    await open(b.person.cookie);
    expect(await up(b.person.cookie)).toBe(503);
    expect(services.sync.connectionCount).toBe(6);
  });

  it("let a workshop room of 300 phones behind one address in, each with its own session", async () => {
    server = await testServer();
    const { url, services } = server;
    const board = seedBoard(services, { mode: "workshop" });
    const maria = await signedInManager(services, Person.over(server));
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const phones: Person[] = [];
    for (let i = 0; i < 300; i++) {
      const phone = Person.over({ url });
      expect((await phone.call("POST", "/api/join", { code })).status).toBe(200);
      phones.push(phone);
    }
    const name = docName("board", board.id);
    const opened = await Promise.all(phones.map((phone) => clients.raw(url, name, { cookie: phone.cookie })));
    expect(opened).toHaveLength(300);
    await waitFor(() => services.sync.connectionCount === 300, "all 300 sockets open");
  });
});
