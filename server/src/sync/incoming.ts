import type { Sqlite } from "../db/open.ts";
import type { DocStore } from "./doc-store.ts";
import type { LiveDoc } from "./live-doc.ts";

interface Pending {
  live: LiveDoc;
  update: Uint8Array;
  from: unknown;
}

/** How a group reaches the disk; without it, each group's commit syncs itself. */
export interface IncomingCommit {
  /** Runs the group's transaction, leaving its sync to `durable` (`WalSync.commitLazily`). */
  commit<T>(write: () => T): T;
  /** Null when every commit is on disk; otherwise resolves once they all are. */
  durable(): Promise<void> | null;
}

/**
 * Group commit for writers' updates. Every update that arrives in one event-loop turn is
 * appended in one transaction (one durable commit instead of one per keystroke); only
 * once that commit is on disk is each one relayed. Nothing reaches another client before
 * it is on disk, and the event loop does not wait for the disk meanwhile.
 */
export class IncomingUpdates {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly store: DocStore,
    /** Called for each stored update, in arrival order, after the commit. */
    private readonly stored: (live: LiveDoc, update: Uint8Array, from: unknown) => void,
    /** Called once per document of the group, after all its updates went out. */
    private readonly settled: (live: LiveDoc) => void,
    /** Called for each document whose updates could not be stored. */
    private readonly failed: (live: LiveDoc) => void,
    private readonly disk: IncomingCommit = { commit: (write) => write(), durable: () => null },
  ) {}

  get size(): number {
    return this.pending.length;
  }

  add(live: LiveDoc, update: Uint8Array, from: unknown): void {
    this.pending.push({ live, update, from });
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.storeNow());
  }

  /**
   * Stores and relays everything waiting, now. Called at the end of the turn, and before
   * anything reads a document's state for others (a sync answer, a compaction), so no
   * one is ever handed content that is not yet durable.
   */
  storeNow(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    // The disk refused: these documents hold changes that are not stored. Their peers
    // reconnect to a fresh copy and resend what they have.
    const refused = () => {
      for (const live of new Set(batch.map((p) => p.live))) this.failed(live);
    };
    try {
      const append = this.sqlite.transaction(() => {
        for (const p of batch) this.store.append(p.live.name, p.update);
      });
      this.disk.commit(() => append());
    } catch {
      refused();
      return;
    }
    const durable = this.disk.durable();
    if (!durable) this.deliver(batch);
    // Syncs settle in the order they were asked for, so groups still go out in order.
    else durable.then(() => this.deliver(batch), refused);
  }

  private deliver(batch: Pending[]): void {
    for (const p of batch) this.stored(p.live, p.update, p.from);
    for (const live of new Set(batch.map((p) => p.live))) this.settled(live);
  }
}
