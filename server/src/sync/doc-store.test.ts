import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { openDatabase } from "../db/open.ts";
import { tempDataDir } from "../testing/harness.ts";
import { DocStore } from "./doc-store.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

const NAME = "idea:storetest01";

function setup() {
  const dir = tempDataDir();
  const { sqlite } = openDatabase(dir);
  cleanup.push(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const store = new DocStore(sqlite);
  // A writer's document whose every update is appended to the log, as the registry does.
  const doc = new Y.Doc();
  doc.on("update", (update: Uint8Array) => store.append(NAME, update));
  const text = doc.getText("body");
  const stored = () => {
    const copy = new Y.Doc();
    for (const part of store.load(NAME)) Y.applyUpdate(copy, part);
    return copy.getText("body").toString();
  };
  return { store, doc, text, stored };
}

describe("DocStore", () => {
  it("merges the snapshot and the updates up to a sequence number, dropping deleted text", () => {
    const { store, doc, text } = setup();
    text.insert(0, "x".repeat(5000));
    store.compact(NAME, Y.encodeStateAsUpdate(doc));
    text.delete(0, 5000);
    text.insert(0, "kept");
    const upTo = store.lastSeq(NAME);
    text.insert(4, " later");

    const merged = store.mergedUpTo(NAME, upTo);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged);
    // Only what was stored up to `upTo`, and the 5 000 deleted characters take no room.
    expect(copy.getText("body").toString()).toBe("kept");
    expect(merged.byteLength).toBeLessThan(200);
    expect(Y.mergeUpdates(store.load(NAME)).byteLength).toBeGreaterThan(5000);
  });

  it("replaces the merged part and keeps the updates stored after it", () => {
    const { store, text, stored } = setup();
    text.insert(0, "one ");
    text.insert(4, "two ");
    const upTo = store.lastSeq(NAME);
    const current = store.watch(NAME);
    const merged = store.mergedUpTo(NAME, upTo);
    text.insert(8, "three");

    expect(store.replaceUpTo(NAME, merged, upTo, current)).toBe(true);
    // The snapshot and the one update made while merging.
    expect(store.load(NAME)).toHaveLength(2);
    expect(stored()).toBe("one two three");
  });

  it("drops a merge made stale by a compaction or removal meanwhile", () => {
    const { store, doc, text, stored } = setup();
    text.insert(0, "one ");
    const upTo = store.lastSeq(NAME);
    const current = store.watch(NAME);
    const merged = store.mergedUpTo(NAME, upTo);
    text.insert(4, "two");
    // Unloading compacts everything; the merge above would take "two" away again.
    store.compact(NAME, Y.encodeStateAsUpdate(doc));
    expect(store.replaceUpTo(NAME, merged, upTo, current)).toBe(false);
    expect(stored()).toBe("one two");

    const again = store.watch(NAME);
    store.remove(NAME);
    expect(store.replaceUpTo(NAME, merged, upTo, again)).toBe(false);
    expect(store.load(NAME)).toEqual([]);
  });

  it("knows a document without stored updates", () => {
    const { store } = setup();
    expect(store.lastSeq("idea:neverstored")).toBe(0);
  });
});
