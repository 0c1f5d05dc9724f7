import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrationsFolder } from "@quer/db/migrations";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, PAGE_CACHE_KIB } from "./open.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("openDatabase", () => {
  it("creates the file, applies migrations once and sets the pragmas", () => {
    const dir = mkdtempSync(join(tmpdir(), "quer-db-"));
    dirs.push(dir);
    const first = openDatabase(dir);
    expect(first.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(first.sqlite.pragma("synchronous", { simple: true })).toBe(2);
    expect(first.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(first.sqlite.pragma("secure_delete", { simple: true })).toBe(1);
    // Negative: KiB, not pages. better-sqlite3's own default would be -16000.
    expect(first.sqlite.pragma("cache_size", { simple: true })).toBe(-PAGE_CACHE_KIB);
    const tables = first.sqlite
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(tables).toEqual(expect.arrayContaining(["users", "sessions", "boards", "ideas", "votes"]));
    first.sqlite.close();
    // Opening again must not fail or re-apply anything.
    const second = openDatabase(dir);
    const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8"));
    expect(journal.entries.length).toBeGreaterThan(0);
    expect(second.sqlite.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({
      n: journal.entries.length,
    });
    second.sqlite.close();
  });
});
