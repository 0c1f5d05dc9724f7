import type { Sqlite } from "../db/open.ts";

/**
 * Where Yjs documents live on disk: one compacted snapshot per document plus the
 * updates appended since. Loading reads the snapshot and at most COMPACT_AFTER updates,
 * never an unbounded log.
 */
export class DocStore {
  private readonly snapshotOf;
  private readonly updatesOf;
  private readonly insertUpdate;
  private readonly upsertSnapshot;
  private readonly deleteUpdates;
  private readonly deleteSnapshot;

  constructor(private readonly sqlite: Sqlite) {
    this.snapshotOf = sqlite.prepare<[string], { state: Buffer }>(
      "select state from doc_snapshots where name = ?",
    );
    this.updatesOf = sqlite.prepare<[string], { data: Buffer }>(
      "select data from doc_updates where name = ? order by seq",
    );
    this.insertUpdate = sqlite.prepare<[string, Uint8Array, number]>(
      "insert into doc_updates (name, data, created_at) values (?, ?, ?)",
    );
    this.upsertSnapshot = sqlite.prepare<[string, Uint8Array, number]>(
      "insert into doc_snapshots (name, state, updated_at) values (?, ?, ?) " +
        "on conflict(name) do update set state = excluded.state, updated_at = excluded.updated_at",
    );
    this.deleteUpdates = sqlite.prepare<[string]>("delete from doc_updates where name = ?");
    this.deleteSnapshot = sqlite.prepare<[string]>("delete from doc_snapshots where name = ?");
  }

  /** The stored pieces in order (snapshot first); empty for a document never stored. */
  load(name: string): Uint8Array[] {
    const parts: Uint8Array[] = [];
    const snapshot = this.snapshotOf.get(name);
    if (snapshot) parts.push(new Uint8Array(snapshot.state));
    for (const row of this.updatesOf.iterate(name)) parts.push(new Uint8Array(row.data));
    return parts;
  }

  append(name: string, update: Uint8Array): void {
    this.insertUpdate.run(name, update, Date.now());
  }

  /** Replaces snapshot and log by one state, in one transaction. */
  compact(name: string, state: Uint8Array): void {
    this.sqlite.transaction(() => {
      this.upsertSnapshot.run(name, state, Date.now());
      this.deleteUpdates.run(name);
    })();
  }

  remove(name: string): void {
    this.sqlite.transaction(() => {
      this.deleteSnapshot.run(name);
      this.deleteUpdates.run(name);
    })();
  }
}
