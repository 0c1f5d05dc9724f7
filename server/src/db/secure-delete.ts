import type Database from "better-sqlite3";

/**
 * Every connection that may write sets this before its first write: SQLite then
 * overwrites what it deletes with zeros, in the page and in freed pages, instead of
 * leaving it in free space where the file, its WAL and every backup would still carry it
 * (decision 0016). Read-only connections delete nothing and need not set it.
 */
export function eraseOnDelete(sqlite: Database.Database): void {
  sqlite.pragma("secure_delete = ON");
}
