import { openDatabase, type Sqlite } from "../../server/src/db/open.ts";

/**
 * Reads the server's database from the side while it runs (WAL lets a reader in
 * beside the writer): what was persisted, and how big documents are on disk.
 */
export class DbPeek {
  private readonly sqlite: Sqlite;

  constructor(dataDir: string) {
    this.sqlite = openDatabase(dataDir).sqlite;
  }

  /** Updates ever appended to doc_updates (its AUTOINCREMENT counter survives compaction). */
  updatesAppended(): number {
    const row = this.sqlite.prepare("select seq from sqlite_sequence where name = 'doc_updates'").get() as
      | { seq: number }
      | undefined;
    return row?.seq ?? 0;
  }

  /** Stored bytes of one document: its snapshot plus the updates since, and how many. */
  docSize(name: string): { snapshotBytes: number; updateBytes: number; updates: number } {
    const snap = this.sqlite
      .prepare("select length(state) as n from doc_snapshots where name = ?")
      .get(name) as { n: number } | undefined;
    const upd = this.sqlite
      .prepare("select count(*) as c, coalesce(sum(length(data)), 0) as n from doc_updates where name = ?")
      .get(name) as { c: number; n: number };
    return { snapshotBytes: snap?.n ?? 0, updateBytes: upd.n, updates: upd.c };
  }

  get(sql: string, ...params: unknown[]): Record<string, unknown> | undefined {
    return this.sqlite.prepare(sql).get(...params) as Record<string, unknown> | undefined;
  }

  all(sql: string, ...params: unknown[]): Record<string, unknown>[] {
    return this.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];
  }

  close(): void {
    this.sqlite.close();
  }
}
