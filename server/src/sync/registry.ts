import { CloseCode } from "@quer/shared";
import type * as Y from "yjs";
import type { Sqlite } from "../db/open.ts";
import { type ClientUpdateOutcome, ClientUpdates } from "./client-updates.ts";
import { Compaction } from "./compaction.ts";
import type { RegistryOptions } from "./doc-hooks.ts";
import { DocLoader, type HooksByKind } from "./doc-loader.ts";
import type { DocStore } from "./doc-store.ts";
import { IdleUnload } from "./idle-unload.ts";
import type { LiveDoc, Peer } from "./live-doc.ts";
import { relayOutbox, relayWritersUpdate } from "./relay.ts";
import { SERVER, ServerWrites } from "./server-writes.ts";
import { SizeCap } from "./size-cap.ts";

export type { DocHooks, RegistryOptions } from "./doc-hooks.ts";
export { SERVER } from "./server-writes.ts";

/**
 * Every document in memory, loaded on first use and unloaded when idle. All writes
 * pass through here: client updates are stored before they are relayed, server
 * writes are stored inside the command's transaction and relayed after it commits.
 * Each of those jobs lives in its own module; this one holds the documents and routes
 * every change to the job it belongs to.
 */
export class DocRegistry {
  private readonly live = new Map<string, LiveDoc>();
  private readonly loader: DocLoader;
  private readonly compaction: Compaction;
  private readonly clientUpdates: ClientUpdates;
  private readonly serverWrites: ServerWrites;
  private readonly idle: IdleUnload;

  constructor(
    sqlite: Sqlite,
    store: DocStore,
    private readonly hooks: HooksByKind,
    private readonly options: RegistryOptions,
  ) {
    const commit = <T>(write: () => T): T => (options.commit ? options.commit(write) : write());
    const isCurrent = (live: LiveDoc) => this.live.get(live.name) === live;
    this.loader = new DocLoader(sqlite, store, hooks);
    this.compaction = new Compaction(
      sqlite,
      store,
      options,
      isCurrent,
      () => this.clientUpdates.storeWaiting(),
      commit,
    );
    this.clientUpdates = new ClientUpdates(
      sqlite,
      store,
      new SizeCap(options.maxDocBytes, (live) => this.compaction.now(live)),
      {
        stored: (live, update, from) => {
          if (isCurrent(live)) relayWritersUpdate(live, update, from, hooks);
        },
        // Compacted after each group, so the log a load reads stays bounded however busy.
        settled: (live) => {
          if (isCurrent(live) && this.compaction.due(live)) this.compaction.soon(live);
        },
        failed: (live) => this.discard(live.name, CloseCode.goingAway, "storage failed"),
      },
      { commit, durable: () => this.durable() },
    );
    this.serverWrites = new ServerWrites(store, hooks, this.compaction);
    this.idle = new IdleUnload(options.idleMs, (live) => this.unloadIfIdle(live));
  }

  get size(): number {
    return this.live.size;
  }

  isLoaded(name: string): boolean {
    return this.live.has(name);
  }

  /** The live document if it is in memory; never loads. */
  peek(name: string): LiveDoc | undefined {
    return this.live.get(name);
  }

  /** The live document, loading it if needed; null when it does not exist. */
  get(name: string): LiveDoc | null {
    const existing = this.live.get(name);
    if (existing) return existing;
    const live = this.loader.load(name, (doc, update, origin) => this.onUpdate(doc, update, origin));
    if (!live) return null;
    this.live.set(name, live);
    this.idle.restart(live);
    if (this.compaction.due(live)) this.compaction.afterCommand(live);
    return live;
  }

  attach(live: LiveDoc, peer: Peer): void {
    live.peers.add(peer);
    this.idle.cancel(live);
  }

  detach(live: LiveDoc, peer: Peer): void {
    live.peers.delete(peer);
    live.unresolvedBy.delete(peer);
    this.idle.restart(live);
  }

  /** A client's update, checked and applied (`ClientUpdates.apply`); stored, then relayed. */
  applyClientUpdate(live: LiveDoc, update: Uint8Array, from: Peer): ClientUpdateOutcome {
    return this.clientUpdates.apply(live, update, from);
  }

  /**
   * Changes a server-written document inside the caller's SQL transaction. The update
   * is stored now and relayed by `relayServerWrites` once the transaction has committed.
   * `firstInCommand`: the command has not written this document before.
   */
  serverWrite(name: string, mutate: (doc: Y.Doc) => void, firstInCommand = true): void {
    const live = this.get(name);
    if (!live) throw new Error(`document ${name} does not exist`);
    this.serverWrites.write(live, mutate, firstInCommand);
  }

  /** Relays what server writes left in the outbox; call after commit. */
  relayServerWrites(name: string): void {
    const live = this.live.get(name);
    if (live && relayOutbox(live)) this.idle.restart(live);
  }

  /** Stores and relays writers' updates still waiting for the end of the turn. */
  storeWritersUpdatesNow(): void {
    this.clientUpdates.storeWaiting();
  }

  /** Null when what the documents hold is on disk; otherwise when it will be. */
  durable(): Promise<void> | null {
    return this.options.durable?.() ?? null;
  }

  /**
   * Drops a document from memory without storing anything more (its transaction rolled
   * back, or it was deleted); its peers reconnect and load it afresh.
   */
  discard(name: string, code: number, reason: string): void {
    const live = this.live.get(name);
    if (!live) return;
    this.live.delete(name);
    for (const peer of [...live.peers]) peer.close(code, reason);
    live.destroy();
  }

  /**
   * Replaces the document's stored snapshot and log by its state now, loading it if
   * needed, even with nothing pending: the log keeps every value written since the last
   * snapshot, overwritten ones too, and a fresh encoding does not (decision 0016).
   * Returns false when the document does not exist.
   */
  compactNow(name: string): boolean {
    const live = this.get(name);
    if (!live) return false;
    this.compaction.now(live, true);
    return true;
  }

  /** Writes every loaded document's snapshot; used on shutdown. */
  compactAll(): void {
    for (const live of this.live.values()) this.compaction.now(live);
  }

  closeAll(code: number, reason: string): void {
    // All hooks first: they may write other documents (an idea's text into its board),
    // which must still be in memory to be stored and compacted below.
    for (const live of [...this.live.values()]) this.hooks[live.ref.kind]?.unloading?.(live.ref);
    for (const live of [...this.live.values()]) {
      this.compaction.now(live);
      this.discard(live.name, code, reason);
    }
  }

  private onUpdate(live: LiveDoc, update: Uint8Array, origin: unknown): void {
    // Counted now, so the size cap sees updates still waiting for their group commit.
    live.pendingUpdates += 1;
    live.pendingBytes += update.byteLength;
    live.storedBytes += update.byteLength;
    // Writers' updates are stored in groups at the end of the turn, then relayed.
    if (origin === SERVER) this.serverWrites.record(live, update);
    else this.clientUpdates.record(live, update, origin);
  }

  private unloadIfIdle(live: LiveDoc): void {
    if (live.peers.size > 0 || live.outbox.length > 0 || this.live.get(live.name) !== live) return;
    this.hooks[live.ref.kind]?.unloading?.(live.ref);
    this.compaction.now(live);
    this.live.delete(live.name);
    live.destroy();
  }
}
