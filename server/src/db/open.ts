import { mkdirSync } from "node:fs";
import { join } from "node:path";
import * as schema from "@quer/db";
import { migrationsFolder } from "@quer/db/migrations";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { eraseOnDelete } from "./secure-delete.ts";

/** Drizzle over the connection; `$client` is the connection itself, for the hottest lookups. */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
export type Sqlite = Database.Database;

export const DB_FILE = "quer.sqlite";

/**
 * SQLite's own page cache, in KiB (better-sqlite3 raises SQLite's 2 MB default to 16 MB).
 * The operating system caches the file anyway; what SQLite keeps on top is resident
 * memory of the server that only grows with the database, so it stays small: the hot
 * index pages of votes, sessions and ideas fit many times over.
 */
export const PAGE_CACHE_KIB = 4096;

/**
 * Opens (creating if needed) the database in `dataDir` and applies every pending
 * migration. WAL lets readers run beside the writer; synchronous=FULL makes each
 * commit durable before a command is acknowledged (the server's busy paths get the
 * same from `WalSync` without waiting on the disk).
 */
export function openDatabase(dataDir: string): { sqlite: Sqlite; db: Db; file: string } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DB_FILE);
  const sqlite = new Database(file);
  eraseOnDelete(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  return { sqlite, db, file };
}
