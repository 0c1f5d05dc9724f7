import * as Y from "yjs";
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
  private readonly updatesUpTo;
  private readonly lastSeqOf;
  private readonly deleteUpdatesUpTo;
  /** Documents being compacted elsewhere: replacing their snapshot here makes that stale. */
  private readonly watched = new Map<string, object>();

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
    this.updatesUpTo = sqlite.prepare<[string, number], { data: Buffer }>(
      "select data from doc_updates where name = ? and seq <= ? order by seq",
    );
    this.lastSeqOf = sqlite.prepare<[string], { seq: number | null }>(
      "select max(seq) as seq from doc_updates where name = ?",
    );
    this.deleteUpdatesUpTo = sqlite.prepare<[string, number]>(
      "delete from doc_updates where name = ? and seq <= ?",
    );
  }

  /** The stored pieces in order (snapshot first); empty for a document never stored. */
  load(name: string): Uint8Array[] {
    const { snapshot, updates } = this.stored(name);
    return snapshot ? [snapshot, ...updates] : updates;
  }

  /** The snapshot (null if none yet) and the updates logged since, in order. */
  stored(name: string): { snapshot: Uint8Array | null; updates: Uint8Array[] } {
    const row = this.snapshotOf.get(name);
    const updates: Uint8Array[] = [];
    for (const update of this.updatesOf.iterate(name)) updates.push(new Uint8Array(update.data));
    return { snapshot: row ? new Uint8Array(row.state) : null, updates };
  }

  append(name: string, update: Uint8Array): void {
    this.insertUpdate.run(name, update, Date.now());
  }

  /** Replaces snapshot and log by one state, in one transaction. */
  compact(name: string, state: Uint8Array): void {
    this.watched.delete(name);
    this.sqlite.transaction(() => {
      this.upsertSnapshot.run(name, state, Date.now());
      this.deleteUpdates.run(name);
    })();
  }

  remove(name: string): void {
    this.watched.delete(name);
    this.sqlite.transaction(() => {
      this.deleteSnapshot.run(name);
      this.deleteUpdates.run(name);
    })();
  }

  /** The sequence number of the document's newest stored update; 0 when it has none. */
  lastSeq(name: string): number {
    return this.lastSeqOf.get(name)?.seq ?? 0;
  }

  /**
   * The snapshot and the updates up to `upTo` as one state, read in one transaction.
   * Through a document, not `Y.mergeUpdates`: merging keeps every overwritten value and
   * deleted character, which a document's garbage collection drops.
   */
  mergedUpTo(name: string, upTo: number): Uint8Array {
    const doc = new Y.Doc();
    try {
      this.sqlite.transaction(() => {
        const snapshot = this.snapshotOf.get(name);
        if (snapshot) Y.applyUpdate(doc, snapshot.state);
        for (const row of this.updatesUpTo.iterate(name, upTo)) Y.applyUpdate(doc, row.data);
      })();
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  /**
   * Marks the start of a compaction made elsewhere from what is stored now. The returned
   * check is false once anything here replaced or removed the snapshot, since a state
   * merged from the old one would then lose what the new one added.
   */
  watch(name: string): () => boolean {
    const token = {};
    this.watched.set(name, token);
    return () => this.watched.get(name) === token;
  }

  /**
   * Stores a state merged elsewhere from the snapshot and the updates up to `upTo`
   * (`mergedUpTo`): it replaces them, and later updates stay in the log. Returns false,
   * storing nothing, when the compaction went stale (`watch`).
   */
  replaceUpTo(name: string, state: Uint8Array, upTo: number, current: () => boolean): boolean {
    if (!current()) return false;
    this.watched.delete(name);
    this.sqlite.transaction(() => {
      this.upsertSnapshot.run(name, state, Date.now());
      this.deleteUpdatesUpTo.run(name, upTo);
    })();
    return true;
  }
}
