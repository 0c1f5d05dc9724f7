import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Background } from "../db/background.ts";
import { openDatabase } from "../db/open.ts";
import { WalSync } from "../db/wal-sync.ts";
import { tempDataDir } from "../testing/harness.ts";
import { DocStore } from "./doc-store.ts";
import type { Peer } from "./live-doc.ts";
import { DocRegistry, type RegistryOptions } from "./registry.ts";
import { PENDING_LIMITS, unresolvedBytes } from "./unresolved.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function setup(compactAfterUpdates = 20, extra: Partial<RegistryOptions> = {}) {
  const dir = tempDataDir();
  const { sqlite, file } = openDatabase(dir);
  cleanup.push(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const store = new DocStore(sqlite);
  const options = {
    idleMs: 60_000,
    compactAfterUpdates,
    compactAfterBytes: 1 << 20,
    maxDocBytes: 64 * 1024,
    ...extra,
  };
  // No hooks: every well-formed name exists, as a co-edited document would.
  const registry = () => new DocRegistry(sqlite, store, {}, options);
  const rows = (table: string, name: string) =>
    (sqlite.prepare(`select count(*) as n from ${table} where name = ?`).get(name) as { n: number }).n;
  return { store, registry, rows, file };
}

/** A registry that merges every document's compaction on a real background thread. */
function setupMergingElsewhere() {
  const merges: Promise<unknown>[] = [];
  let background: Background | undefined;
  const parts = setup(20, {
    mergeElsewhereFrom: 1,
    mergeElsewhere: (name, upTo) => {
      const merged = (background as Background).merge(name, upTo);
      merges.push(merged);
      return merged;
    },
  });
  background = new Background(parts.file);
  const bg = background;
  cleanup.unshift(() => void bg.close());
  const reg = parts.registry();
  const live = reg.get(NAME);
  if (!live) throw new Error("no doc");
  // A writer whose every edit the registry applies, as its socket would deliver it.
  const writer = peer();
  reg.attach(live, writer);
  const client = new Y.Doc();
  client.on("update", (update: Uint8Array) => reg.applyClientUpdate(live, update, writer));
  const body = client.getText("body");
  const storedText = () => {
    const doc = new Y.Doc();
    for (const part of parts.store.load(NAME)) Y.applyUpdate(doc, part);
    return doc.getText("body").toString();
  };
  return { ...parts, merges, reg, live, body, storedText };
}

const NAME = "idea:compaction01";
const peer = (received: Uint8Array[] = []): Peer => ({ send: (m) => received.push(m), close: () => {} });

describe("DocRegistry", () => {
  it("stores every client update before relaying it, and compacts many into a snapshot", () => {
    const { store, registry, rows } = setup(20);
    const reg = registry();
    const live = reg.get(NAME);
    if (!live) throw new Error("no doc");
    const writer = peer();
    const storedWhenRelayed: number[] = [];
    reg.attach(live, writer);
    // How much text storage holds at the moment each update goes out.
    const storedLength = () => {
      const doc = new Y.Doc();
      for (const part of store.load(NAME)) Y.applyUpdate(doc, part);
      return doc.getText("body").length;
    };
    reg.attach(live, { send: () => storedWhenRelayed.push(storedLength()), close: () => {} });

    const client = new Y.Doc();
    client.on("update", (update: Uint8Array) => reg.applyClientUpdate(live, update, writer));
    for (let i = 0; i < 45; i++) client.getText("body").insert(i, String(i % 10));
    // Nothing goes out before its group is committed at the end of the turn…
    expect(storedWhenRelayed).toEqual([]);
    reg.storeWritersUpdatesNow();
    // …then each is relayed to the other peer (not back to the writer), already stored.
    expect(storedWhenRelayed).toHaveLength(45);
    storedWhenRelayed.forEach((length, i) => {
      expect(length).toBeGreaterThanOrEqual(i + 1);
    });

    // Compacted as soon as the log reached 20 updates, so it never grew past that.
    expect(rows("doc_snapshots", NAME)).toBe(1);
    expect(rows("doc_updates", NAME)).toBeLessThan(20);

    // A second registry reads snapshot plus tail and gets the same text.
    const again = registry().get(NAME);
    expect(again?.doc.getText("body").toString()).toBe(client.getText("body").toString());

    reg.compactAll();
    expect(rows("doc_updates", NAME)).toBe(0);
    const parts = store.load(NAME);
    expect(parts).toHaveLength(1);
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, parts[0] as Uint8Array);
    expect(loaded.getText("body").toString()).toBe(client.getText("body").toString());
  });

  it("counts the log a crash left behind toward the next compaction", () => {
    const { registry, rows } = setup(20);
    let text = "";
    // Three lives of the server, each killed after 15 updates: fewer than the 20 that
    // start a compaction, so none ran, and nothing compacted on the way out.
    for (let life = 0; life < 3; life++) {
      const reg = registry();
      const live = reg.get(NAME);
      if (!live) throw new Error("no doc");
      expect(live.doc.getText("body").toString()).toBe(text);
      const writer = peer();
      reg.attach(live, writer);
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(live.doc));
      client.on("update", (update: Uint8Array) => reg.applyClientUpdate(live, update, writer));
      for (let i = 0; i < 15; i++) client.getText("body").insert(0, String(life));
      reg.storeWritersUpdatesNow();
      text = client.getText("body").toString();
    }
    // Otherwise every crash would add a log to what each load reads, without end.
    expect(rows("doc_snapshots", NAME)).toBe(1);
    expect(rows("doc_updates", NAME)).toBeLessThan(20);
    expect(registry().get(NAME)?.doc.getText("body").toString()).toBe(text);
  });

  it("refuses a client update that would grow a document past its cap, and nothing else", () => {
    const { store, registry, rows } = setup(1000); // no compaction by count: the cap must force it
    const reg = registry();
    const live = reg.get(NAME);
    if (!live) throw new Error("no doc");
    const writer = peer();
    reg.attach(live, writer);
    const client = new Y.Doc();
    const body = client.getText("body");
    const send = (change: () => void) => {
      let update: Uint8Array | undefined;
      const grab = (u: Uint8Array) => {
        update = u;
      };
      client.on("update", grab);
      change();
      client.off("update", grab);
      return reg.applyClientUpdate(live, update as Uint8Array, writer);
    };

    expect(send(() => body.insert(0, "a".repeat(40 * 1024)))).toBe("applied");
    reg.storeWritersUpdatesNow();
    // A reconnecting copy sends everything it has: nothing new, so nothing counts.
    expect(reg.applyClientUpdate(live, Y.encodeStateAsUpdate(client), writer)).toBe("applied");
    const storedText = () => {
      const doc = new Y.Doc();
      for (const part of store.load(NAME)) Y.applyUpdate(doc, part);
      return doc.getText("body").toString();
    };
    expect(send(() => body.insert(0, "b".repeat(30 * 1024)))).toBe("too-large");
    expect(storedText()).toBe("a".repeat(40 * 1024));
    expect(live.doc.getText("body").toString()).toBe("a".repeat(40 * 1024));

    // Deleted text takes no room once compacted, so the writer may go on.
    const fresh = new Y.Doc();
    Y.applyUpdate(fresh, Y.encodeStateAsUpdate(live.doc));
    client.destroy();
    const again = fresh.getText("body");
    const sendFresh = (change: () => void) => {
      let update: Uint8Array | undefined;
      fresh.once("update", (u: Uint8Array) => {
        update = u;
      });
      change();
      return reg.applyClientUpdate(live, update as Uint8Array, writer);
    };
    expect(sendFresh(() => again.delete(0, again.length))).toBe("applied");
    expect(sendFresh(() => again.insert(0, "c".repeat(30 * 1024)))).toBe("applied");
    expect(live.doc.getText("body").toString()).toBe("c".repeat(30 * 1024));
    reg.storeWritersUpdatesNow();
    expect(storedText()).toBe("c".repeat(30 * 1024));
    expect(rows("doc_snapshots", NAME)).toBe(1);
  });

  it("relays a writers' group once its commit is on disk, without the loop waiting for it", async () => {
    const dir = tempDataDir();
    const { sqlite, file } = openDatabase(dir);
    const wal = new WalSync(sqlite, `${file}-wal`);
    cleanup.push(() => {
      wal.close();
      sqlite.close();
      rmSync(dir, { recursive: true, force: true });
    });
    const reg = new DocRegistry(
      sqlite,
      new DocStore(sqlite),
      {},
      {
        idleMs: 60_000,
        compactAfterUpdates: 500,
        compactAfterBytes: 1 << 20,
        maxDocBytes: 64 * 1024,
        commit: (write) => wal.commitLazily(write),
        durable: () => (wal.pending ? wal.durable() : null),
      },
    );
    const live = reg.get(NAME);
    if (!live) throw new Error("no doc");
    const writer = peer();
    const received: Uint8Array[] = [];
    reg.attach(live, writer);
    reg.attach(live, peer(received));
    const client = new Y.Doc();
    client.on("update", (update: Uint8Array) => reg.applyClientUpdate(live, update, writer));
    client.getText("body").insert(0, "hallo");
    reg.storeWritersUpdatesNow();
    // Committed, but the disk has not confirmed it: nobody has it yet.
    expect(wal.pending).toBe(true);
    expect(received).toHaveLength(0);
    await wal.durable();
    expect(received).toHaveLength(1);
    expect(wal.syncs).toBeGreaterThan(0);
  });

  it("compacts a big document from a state merged off the event loop, keeping what came meanwhile", async () => {
    const { store, rows, merges, reg, live, body, storedText } = setupMergingElsewhere();
    for (let i = 0; i < 25; i++) body.insert(i, String(i % 10));
    reg.storeWritersUpdatesNow();
    // The merge runs elsewhere: the log is still whole when the turn ends.
    expect(merges).toHaveLength(1);
    expect(rows("doc_updates", NAME)).toBe(25);
    for (let i = 0; i < 3; i++) body.insert(0, "+");
    reg.storeWritersUpdatesNow();
    expect(merges).toHaveLength(1); // one compaction at a time

    await merges[0];
    // Merged up to the 25th update; the three stored while merging stay in the log.
    expect(rows("doc_snapshots", NAME)).toBe(1);
    expect(rows("doc_updates", NAME)).toBe(3);
    expect(live.pendingUpdates).toBe(3);
    expect(storedText()).toBe(body.toString());
    expect(live.storedBytes).toBe(store.load(NAME).reduce((n, part) => n + part.byteLength, 0));
  });

  it("drops a merged state when the document was compacted here meanwhile", async () => {
    const { rows, merges, reg, body, storedText } = setupMergingElsewhere();
    for (let i = 0; i < 25; i++) body.insert(i, String(i % 10));
    reg.storeWritersUpdatesNow();
    body.insert(0, "after");
    reg.storeWritersUpdatesNow();
    // Shutting down compacts everything at once, including "after".
    reg.compactAll();
    await merges[0];
    expect(rows("doc_updates", NAME)).toBe(0);
    expect(storedText()).toBe(body.toString());
    expect(storedText().startsWith("after")).toBe(true);
  });

  it("bounds updates that wait for missing dependencies, per peer, and drops them past it", () => {
    const { registry } = setup(1000, { maxDocBytes: 4 * 1024 * 1024 });
    const reg = registry();
    const live = reg.get(NAME);
    if (!live) throw new Error("no doc");
    const flooder = peer();
    const honest = peer();
    reg.attach(live, flooder);
    reg.attach(live, honest);

    // An honest peer's update that arrives before what it builds on waits, then resolves.
    const other = new Y.Doc();
    const updates: Uint8Array[] = [];
    other.on("update", (u: Uint8Array) => updates.push(u));
    other.getText("body").insert(0, "Bank ");
    other.getText("body").insert(5, "am Spielplatz");
    const [first, second] = updates as [Uint8Array, Uint8Array];
    expect(reg.applyClientUpdate(live, second, honest)).toBe("applied");
    expect(unresolvedBytes(live.doc)).toBeGreaterThan(0);
    expect(reg.applyClientUpdate(live, first, honest)).toBe("applied");
    expect(unresolvedBytes(live.doc)).toBe(0);
    expect(live.doc.getText("body").toString()).toBe("Bank am Spielplatz");

    // A flood of updates whose first edit never comes: never stored, so only this bound holds them.
    const forged = new Y.Doc();
    forged.getText("body").insert(0, "never sent");
    const outcomes: string[] = [];
    forged.on("update", (u: Uint8Array) => {
      outcomes.push(reg.applyClientUpdate(live, u, flooder));
      expect(unresolvedBytes(live.doc)).toBeLessThanOrEqual(PENDING_LIMITS.perDocument);
    });
    for (let i = 0; i < 40 && !outcomes.includes("unresolved"); i++) {
      forged.getText("body").insert(0, "z".repeat(16 * 1024));
    }
    expect(outcomes.at(-1)).toBe("unresolved");
    expect(outcomes.length).toBeLessThanOrEqual(Math.ceil(PENDING_LIMITS.perPeer / (16 * 1024)) + 1);
    expect(unresolvedBytes(live.doc)).toBe(0);
    expect(live.doc.getText("body").toString()).toBe("Bank am Spielplatz");
  });
});

describe("DocRegistry.compactNow", () => {
  const stored = (store: DocStore, name: string) => Buffer.concat(store.load(name)).toString("latin1");

  it("leaves no overwritten value in storage, even in a document loaded with nothing pending", () => {
    const { registry, rows, store } = setup(1000);
    const first = registry();
    first.serverWrite(NAME, (doc) => doc.getMap("ideas").set("a", { authorName: "Zyxwvu Plantname" }));
    first.serverWrite(NAME, (doc) => doc.getMap("ideas").set("a", { authorName: "Anonym" }));
    expect(rows("doc_updates", NAME)).toBe(2);
    expect(stored(store, NAME)).toContain("Zyxwvu");

    // As after a restart: the log is loaded as it is, with nothing counted as pending.
    const second = registry();
    expect(second.compactNow(NAME)).toBe(true);
    expect(rows("doc_updates", NAME)).toBe(0);
    expect(rows("doc_snapshots", NAME)).toBe(1);
    expect(stored(store, NAME)).not.toContain("Zyxwvu");
    expect(second.get(NAME)?.doc.getMap("ideas").get("a")).toEqual({ authorName: "Anonym" });
  });
});
