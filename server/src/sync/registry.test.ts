import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../db/open.ts";
import { tempDataDir } from "../testing/harness.ts";
import { DocStore } from "./doc-store.ts";
import type { Peer } from "./live-doc.ts";
import { DocRegistry } from "./registry.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function setup(compactAfterUpdates = 20) {
  const dir = tempDataDir();
  const { sqlite } = openDatabase(dir);
  cleanup.push(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const store = new DocStore(sqlite);
  const options = { idleMs: 60_000, compactAfterUpdates, compactAfterBytes: 1 << 20 };
  // No hooks: every well-formed name exists, as a co-edited document would.
  const registry = () => new DocRegistry(sqlite, store, {}, options);
  const rows = (table: string, name: string) =>
    (sqlite.prepare(`select count(*) as n from ${table} where name = ?`).get(name) as { n: number }).n;
  return { store, registry, rows };
}

const NAME = "idea:compaction01";
const peer = (received: Uint8Array[] = []): Peer => ({ send: (m) => received.push(m), close: () => {} });

describe("DocRegistry", () => {
  it("stores every client update before relaying it, and compacts many into a snapshot", async () => {
    const { store, registry, rows } = setup(20);
    const reg = registry();
    const live = reg.get(NAME);
    if (!live) throw new Error("no doc");
    const writer = peer();
    const storedWhenRelayed: number[] = [];
    reg.attach(live, writer);
    reg.attach(live, { send: () => storedWhenRelayed.push(rows("doc_updates", NAME)), close: () => {} });

    const client = new Y.Doc();
    client.on("update", (update: Uint8Array) => reg.applyClientUpdate(live, update, writer));
    for (let i = 0; i < 45; i++) client.getText("body").insert(i, String(i % 10));
    // Relayed to the other peer (not back to the writer), each one only once it was stored.
    expect(storedWhenRelayed).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));

    await new Promise((r) => setImmediate(r));
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
});
