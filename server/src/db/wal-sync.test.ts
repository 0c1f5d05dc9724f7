import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "./open.ts";
import { WalSync } from "./wal-sync.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanups.splice(0)) f();
});

function setup() {
  const dir = mkdtempSync(join(tmpdir(), "quer-wal-"));
  const { sqlite, file } = openDatabase(dir);
  sqlite.exec("create table probe (n integer primary key)");
  const wal = new WalSync(sqlite, `${file}-wal`);
  cleanups.push(() => {
    wal.close();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const insert = sqlite.prepare("insert into probe (n) values (?)");
  const commit = (n: number) => wal.commitLazily(() => sqlite.transaction(() => insert.run(n)).immediate());
  return { sqlite, wal, file, commit };
}

describe("WalSync", () => {
  it("finds the WAL file SQLite keeps open while the database is", () => {
    const { wal, file } = setup();
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(wal.active).toBe(true);
  });

  it("commits without waiting for the disk, then syncs once for everything before", async () => {
    const { sqlite, wal, commit } = setup();
    commit(1);
    // The commit is made and visible, but not yet confirmed on disk.
    expect(wal.pending).toBe(true);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 1 });
    // Every other commit keeps syncing itself.
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    await wal.durable();
    expect(wal.pending).toBe(false);
    expect(wal.syncs).toBe(1);
  });

  it("lets commits made while one sync runs share the next", async () => {
    const { wal, commit } = setup();
    const waits: Promise<void>[] = [];
    for (let n = 1; n <= 20; n++) {
      commit(n);
      waits.push(wal.durable());
    }
    await Promise.all(waits);
    expect(wal.pending).toBe(false);
    // The first sync starts at once; the other nineteen commits wait for the second.
    expect(wal.syncs).toBe(2);
  });

  it("counts nothing for a transaction that rolled back, and restores FULL", () => {
    const { sqlite, wal, commit } = setup();
    commit(1);
    expect(() => commit(1)).toThrow(/UNIQUE/);
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 1 });
    expect(wal.pending).toBe(true);
  });

  it("falls back to syncing each commit itself without the WAL file", async () => {
    const { sqlite } = setup();
    const wal = new WalSync(sqlite, join(tmpdir(), "quer-no-such-dir", "x-wal"));
    expect(wal.active).toBe(false);
    wal.commitLazily(() => sqlite.prepare("insert into probe (n) values (7)").run());
    expect(wal.pending).toBe(false);
    await wal.durable();
    expect(wal.syncs).toBe(0);
  });

  it("syncs what is pending when it closes, releasing everyone waiting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "quer-wal-"));
    const { sqlite, file } = openDatabase(dir);
    const wal = new WalSync(sqlite, `${file}-wal`);
    wal.commitLazily(() => sqlite.exec("create table t (n integer)"));
    const waiting = wal.durable();
    wal.close();
    await waiting;
    expect(wal.pending).toBe(false);
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
