import * as Y from "yjs";
import type { Sqlite } from "../db/open.ts";
import type { RegistryOptions } from "./doc-hooks.ts";
import type { DocStore } from "./doc-store.ts";
import type { LiveDoc } from "./live-doc.ts";

/** Runs a write as one commit (`RegistryOptions.commit`, or at once). */
export type Commit = <T>(write: () => T) => T;

type CompactionOptions = Pick<
  RegistryOptions,
  "compactAfterUpdates" | "compactAfterBytes" | "mergeElsewhere" | "mergeElsewhereFrom"
>;

/**
 * Replaces a document's stored snapshot and update log by one snapshot, so what a load
 * reads stays bounded: at once for small documents, merged off the event loop for big ones.
 */
export class Compaction {
  constructor(
    private readonly sqlite: Sqlite,
    private readonly store: DocStore,
    private readonly options: CompactionOptions,
    /** Whether this copy is still the one in memory (not discarded or unloaded meanwhile). */
    private readonly isCurrent: (live: LiveDoc) => boolean,
    /** Stores writers' updates still waiting for the end of the turn. */
    private readonly storeWaiting: () => void,
    private readonly commit: Commit,
  ) {}

  due(live: LiveDoc): boolean {
    return (
      live.pendingUpdates >= this.options.compactAfterUpdates ||
      live.pendingBytes >= this.options.compactAfterBytes
    );
  }

  /** Compacts after the current command: compaction is its own transaction. */
  afterCommand(live: LiveDoc): void {
    if (live.compactQueued) return;
    live.compactQueued = true;
    setImmediate(() => {
      live.compactQueued = false;
      if (this.isCurrent(live)) this.soon(live);
    });
  }

  /**
   * Compacts from the document in memory, now. `always`: even with nothing pending (see
   * `DocRegistry.compactNow`).
   */
  now(live: LiveDoc, always = false): void {
    // A snapshot must not contain what the log has not stored yet, or it would be stored twice.
    this.storeWaiting();
    if (live.pendingUpdates === 0 && !always) return;
    const state = Y.encodeStateAsUpdate(live.doc);
    this.commit(() => this.store.compact(live.name, state));
    live.compacting = false;
    live.pendingUpdates = 0;
    live.pendingBytes = 0;
    live.storedBytes = state.byteLength;
  }

  /**
   * Compacts a big document from what is stored, merged off the event loop: encoding a
   * board of thousands of ideas takes tens of milliseconds, during which nobody would be
   * served. Updates stored meanwhile stay in the log; a compaction made here meanwhile
   * (unloading, a size check) wins, and the merged state is dropped.
   */
  soon(live: LiveDoc): void {
    const { mergeElsewhere, mergeElsewhereFrom = 0 } = this.options;
    if (!mergeElsewhere || live.storedBytes < mergeElsewhereFrom) {
      this.now(live);
      return;
    }
    if (live.compacting) return;
    if (this.sqlite.inTransaction) {
      // The thread reads what is committed; a merge must not miss rows of an open transaction.
      this.afterCommand(live);
      return;
    }
    this.storeWaiting();
    // Storing those may have started this compaction already.
    if (live.compacting || !this.due(live)) return;
    const upTo = this.store.lastSeq(live.name);
    if (upTo === 0) return;
    const merged = { updates: live.pendingUpdates, bytes: live.pendingBytes };
    const current = this.store.watch(live.name);
    live.compacting = true;
    mergeElsewhere(live.name, upTo).then(
      (state) => {
        if (!live.compacting || !this.isCurrent(live)) return;
        live.compacting = false;
        if (!this.commit(() => this.store.replaceUpTo(live.name, state, upTo, current))) return;
        live.pendingUpdates -= merged.updates;
        live.pendingBytes -= merged.bytes;
        live.storedBytes = state.byteLength + live.pendingBytes;
      },
      () => {
        if (!live.compacting || !this.isCurrent(live)) return;
        live.compacting = false;
        this.now(live);
      },
    );
  }
}
