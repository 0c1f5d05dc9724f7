import { rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { DocStore } from "../sync/doc-store.ts";
import { tempDataDir } from "../testing/harness.ts";
import { Background } from "./background.ts";
import { Checkpoints } from "./checkpoints.ts";
import { openDatabase } from "./open.ts";

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

function setup() {
  const dir = tempDataDir();
  const { sqlite, file } = openDatabase(dir);
  const background = new Background(file);
  cleanup.push(() => {
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  cleanup.push(() => background.close());
  return { sqlite, file, background, store: new DocStore(sqlite) };
}

const NAME = "board:background01";

/** Checkpoints whose background thread could not start (its script does not exist). */
async function withoutThread() {
  const { sqlite, file } = setup();
  const background = new Background(file, new URL("./no-such-worker.ts", import.meta.url));
  cleanup.push(() => background.close());
  const checkpoints = new Checkpoints(sqlite, background, 60_000);
  cleanup.push(() => checkpoints.stop());
  sqlite.exec("create table probe (n integer)");
  await checkpoints.tick();
  expect(background.failed).toBe(true);
  return { sqlite, file, checkpoints };
}

describe("Background", () => {
  it("merges a stored document on its own thread, up to the given update", async () => {
    const { background, store } = setup();
    const doc = new Y.Doc();
    doc.on("update", (update: Uint8Array) => store.append(NAME, update));
    const ideas = doc.getMap("ideas");
    for (let i = 0; i < 50; i++) ideas.set(`idea${i}`, { title: `Idee ${i}`, votes: i });
    const upTo = store.lastSeq(NAME);
    ideas.set("late", { title: "after the merge point" });

    const merged = await background.merge(NAME, upTo);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, merged);
    expect(copy.getMap("ideas").size).toBe(50);
    expect(copy.getMap("ideas").get("idea49")).toEqual({ title: "Idee 49", votes: 49 });
    expect(copy.getMap("ideas").has("late")).toBe(false);
  });

  it("does not start before it is used or asked to start", async () => {
    const { background } = setup();
    expect(background.running).toBe(false);
    await background.start();
    expect(background.running).toBe(true);
    expect(background.failed).toBe(false);
  });

  it("checkpoints the WAL into the database file", async () => {
    const { sqlite, background } = setup();
    sqlite.pragma("wal_autocheckpoint = 0");
    sqlite.exec("create table probe (n integer)");
    for (let i = 0; i < 20; i++) sqlite.prepare("insert into probe values (?)").run(i);
    const result = await background.checkpoint();
    expect(result.busy).toBe(0);
    expect(result.log).toBeGreaterThan(0);
    expect(result.checkpointed).toBe(result.log);
  });

  it("reports a thread that cannot work, and rejects its jobs", async () => {
    const dir = tempDataDir();
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    const background = new Background(join(dir, "missing.sqlite"));
    cleanup.push(() => background.close());
    await expect(background.checkpoint()).rejects.toThrow(/unable to open|does not exist|missing/i);
    // The thread itself is fine; only this job failed.
    expect(background.failed).toBe(false);
  });
});

describe("Checkpoints", () => {
  it("leaves checkpoints to the thread, and runs one only when something was written", async () => {
    const { sqlite, background } = setup();
    const checkpoints = new Checkpoints(sqlite, background, 60_000);
    cleanup.push(() => checkpoints.stop());
    // SQLite's own checkpoint inside a commit is only a distant safety net now.
    expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBeGreaterThan(1000);

    sqlite.exec("create table probe (n integer)");
    await checkpoints.tick();
    expect(checkpoints.completed).toBe(1);
    await checkpoints.tick();
    expect(checkpoints.completed).toBe(1);
    sqlite.prepare("insert into probe values (1)").run();
    await checkpoints.tick();
    expect(checkpoints.completed).toBe(2);
  });

  it("empties the WAL file when asked to truncate, and answers once it has", async () => {
    const { sqlite, background, file } = setup();
    const checkpoints = new Checkpoints(sqlite, background, 60_000);
    cleanup.push(() => checkpoints.stop());
    sqlite.exec("create table probe (n integer)");
    for (let i = 0; i < 20; i++) sqlite.prepare("insert into probe values (?)").run(i);
    await checkpoints.tick();
    // A passive checkpoint copies the frames but leaves the WAL file as long as it was.
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    await checkpoints.truncate();
    expect(checkpoints.truncated).toBe(1);
    expect(statSync(`${file}-wal`).size).toBe(0);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 20 });
  });

  it("truncates on the event loop when the thread cannot start", async () => {
    const { sqlite, file, checkpoints } = await withoutThread();
    sqlite.prepare("insert into probe values (1)").run();
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    await checkpoints.truncate();
    expect(statSync(`${file}-wal`).size).toBe(0);
  });

  it("gives checkpoints back to SQLite when the thread cannot start", async () => {
    const { sqlite, checkpoints } = await withoutThread();
    expect(checkpoints.completed).toBe(0);
    expect(sqlite.pragma("wal_autocheckpoint", { simple: true })).toBe(1000);
  });
});
