import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { migrationsFolder } from "@quer/db/migrations";
import Database from "better-sqlite3";
import { DB_FILE } from "../db/open.ts";
import { cliDe } from "./messages.de.ts";
import type { RestoreMessages } from "./messages.types.ts";

/** Tables every Quer database has had since its first migration. */
const QUER_TABLES = ["__drizzle_migrations", "users", "sessions", "boards", "ideas"];

/** Where the backup is copied and checked before it takes the database's place. */
export const RESTORING_FILE = `${DB_FILE}.restoring`;

export type RestoreResult =
  | { ok: true; file: string; previous: string | null }
  | { ok: false; message: string };

/**
 * Puts the backup `source` in place of the database in `dataDir`, with no server running.
 * The order is chosen so that a crash at any step leaves one whole database in place,
 * never a database file next to another one's WAL:
 *
 * 1. the backup is copied into `dataDir` and checked there (integrity, a Quer database);
 * 2. the current database is opened with an exclusive lock, which a running server (or
 *    any other program with the database open) prevents: then nothing is done;
 * 3. its WAL is checkpointed into it and removed, so the file alone holds all of it;
 * 4. it keeps a second name, `quer.sqlite.before-restore-<time>`, to undo a mistake, and
 *    whatever is left beside it (`-wal`, `-shm`) is gone before step 5;
 * 5. the checked copy, synced to disk, is renamed over `quer.sqlite` in one step.
 */
export function restoreDatabase(
  dataDir: string,
  source: string,
  now = new Date(),
  m: RestoreMessages = cliDe.restore,
): RestoreResult {
  const backup = resolve(source);
  if (!existsSync(backup) || !statSync(backup).isFile()) {
    return { ok: false, message: m.missing(backup) };
  }
  if (hasContent(`${backup}-wal`)) {
    return { ok: false, message: m.openWal(backup) };
  }
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, DB_FILE);
  const copy = join(dataDir, RESTORING_FILE);
  // A copy left by an interrupted restore goes first, with any WAL SQLite made beside it:
  // that WAL would otherwise be read into the new copy.
  removeWithWal(copy);
  copyFileSync(backup, copy);
  const problem = checkBackup(copy, m);
  if (problem) {
    removeWithWal(copy);
    return { ok: false, message: m.refused(backup, problem) };
  }
  syncFile(copy);

  let previous: string | null = null;
  if (existsSync(target)) {
    const closed = closeForRestore(target, m);
    if (closed !== "closed" && closed !== "unreadable") {
      removeWithWal(copy);
      return { ok: false, message: closed };
    }
    previous = `${target}.before-restore-${now.toISOString().replace(/:/g, "-")}`;
    keepUnderSecondName(target, previous);
    // Only a database SQLite could not read may still have a WAL with content: it stays
    // with the kept file. Nothing of the old database may remain beside the new one.
    if (hasContent(`${target}-wal`)) renameSync(`${target}-wal`, `${previous}-wal`);
    rmSync(`${target}-wal`, { force: true });
    rmSync(`${target}-shm`, { force: true });
  }
  renameSync(copy, target);
  syncDir(dataDir);
  return { ok: true, file: target, previous };
}

/** Why `file` is not a sound Quer database, or null if it is one. */
function checkBackup(file: string, m: RestoreMessages): string | null {
  let sqlite: Database.Database | null = null;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    const check = sqlite.pragma("integrity_check", { simple: true });
    if (check !== "ok") return m.integrity(String(check));
    const tables = new Set(
      sqlite.prepare<[], string>("select name from sqlite_master where type = 'table'").pluck().all(),
    );
    const missing = QUER_TABLES.filter((t) => !tables.has(t));
    if (missing.length > 0) {
      return m.notQuer(missing.join(", "));
    }
    const newest = sqlite
      .prepare<[], number | null>("select max(created_at) from __drizzle_migrations")
      .pluck()
      .get();
    if (newest === null || newest === undefined) return m.noMigrations;
    if (newest > newestKnownMigration()) {
      return m.newer;
    }
    return null;
  } catch (error) {
    return m.notSqlite(messageOf(error));
  } finally {
    sqlite?.close();
  }
}

/**
 * Takes the current database's exclusive lock, copies its WAL into it and closes it, so
 * the file alone is the whole database. Returns "closed" then, "unreadable" for a file
 * SQLite cannot read as a database (what a restore is for), or why not, with nothing
 * changed, if another program has it open.
 */
function closeForRestore(target: string, m: RestoreMessages): "closed" | "unreadable" | string {
  const running = m.running;
  let sqlite: Database.Database;
  try {
    sqlite = new Database(target, { fileMustExist: true, timeout: 0 });
  } catch (error) {
    return m.cannotOpen(target, messageOf(error));
  }
  try {
    // In exclusive locking mode a write transaction takes the file's exclusive lock and
    // keeps it. Every connection to a WAL database holds a shared lock for as long as it
    // is open, so while a server runs on this file the lock cannot be had.
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    sqlite.exec("ROLLBACK");
    sqlite.pragma("wal_checkpoint(TRUNCATE)");
  } catch (error) {
    sqlite.close();
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return running;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") return "unreadable";
    return m.cannotClose(target, messageOf(error));
  }
  // As the last connection, closing removes the WAL; one left with content is someone else's.
  sqlite.close();
  return hasContent(`${target}-wal`) ? running : "closed";
}

/** The old database stays reachable under `previous`: a second name for the same file. */
function keepUnderSecondName(target: string, previous: string): void {
  try {
    linkSync(target, previous);
  } catch {
    // A file system without hard links gets a copy.
    copyFileSync(target, previous);
    syncFile(previous);
  }
}

function newestKnownMigration(): number {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta", "_journal.json"), "utf8")) as {
    entries: { when: number }[];
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hasContent(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0;
}

function removeWithWal(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
}

function syncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename in `dir` durable. */
function syncDir(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
