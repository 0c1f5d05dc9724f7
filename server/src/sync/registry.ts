import { CloseCode, type DocKind, parseDocName } from "@quer/shared";
import * as Y from "yjs";
import type { Sqlite } from "../db/open.ts";
import type { DocHooks, RegistryOptions } from "./doc-hooks.ts";
import type { DocStore } from "./doc-store.ts";
import { IncomingUpdates } from "./incoming.ts";
import { LiveDoc, type Peer } from "./live-doc.ts";
import { updateMessage } from "./messages.ts";
import { applyBounded } from "./unresolved.ts";

export type { DocHooks, RegistryOptions } from "./doc-hooks.ts";

/** Transaction origins the registry tells apart in a document's update handler. */
const LOADING = Symbol("loading");
export const SERVER = Symbol("server");

/**
 * Every document in memory, loaded on first use and unloaded when idle. All writes
 * pass through here: client updates are stored before they are relayed, server
 * writes are stored inside the command's transaction and relayed after it commits.
 */
export class DocRegistry {
  private readonly live = new Map<string, LiveDoc>();
  private readonly incoming: IncomingUpdates;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly store: DocStore,
    private readonly hooks: Partial<Record<DocKind, DocHooks>>,
    private readonly options: RegistryOptions,
  ) {
    this.incoming = new IncomingUpdates(
      sqlite,
      store,
      (live, update, from) => this.relayStored(live, update, from),
      (live) => this.settleStored(live),
      (live) => this.discard(live.name, CloseCode.goingAway, "storage failed"),
      { commit: (write) => this.commit(write), durable: () => this.durable() },
    );
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
    const ref = parseDocName(name);
    if (!ref) return null;
    const live = new LiveDoc(ref);
    const { snapshot, updates } = this.store.stored(name);
    for (const part of snapshot ? [snapshot, ...updates] : updates) {
      Y.applyUpdate(live.doc, part, LOADING);
      live.storedBytes += part.byteLength;
    }
    // A log is left over only when the server died before compacting it. It counts toward
    // the next compaction; otherwise each crash would add a log to what every load reads.
    live.pendingUpdates = updates.length;
    live.pendingBytes = updates.reduce((n, update) => n + update.byteLength, 0);
    live.doc.on("update", (update: Uint8Array, origin: unknown) => this.onUpdate(live, update, origin));
    const hook = this.hooks[ref.kind];
    const exists = hook ? this.sqlite.transaction(() => hook.prepare(live.doc, ref))() : true;
    live.outbox = []; // nobody was connected to receive what prepare wrote
    if (!exists) {
      live.destroy();
      return null;
    }
    this.live.set(name, live);
    this.scheduleIdle(live);
    if (this.compactionDue(live)) this.queueCompaction(live);
    return live;
  }

  attach(live: LiveDoc, peer: Peer): void {
    live.peers.add(peer);
    clearTimeout(live.idleTimer);
  }

  detach(live: LiveDoc, peer: Peer): void {
    live.peers.delete(peer);
    live.unresolvedBy.delete(peer);
    this.scheduleIdle(live);
  }

  /**
   * Applies a client's update: stored, then relayed, by the update handler. Refuses, and
   * applies nothing, an update that does not decode whole or would grow the document past
   * `maxDocBytes`; refuses
   * a peer whose updates wait for dependencies past `PENDING_LIMITS` (see there), and
   * drops what waits.
   */
  applyClientUpdate(
    live: LiveDoc,
    update: Uint8Array,
    from: Peer,
  ): "applied" | "malformed" | "too-large" | "unresolved" {
    // Yjs integrates a truncated update's structs before it fails on the rest: decoded
    // whole first, a broken update changes nothing.
    try {
      Y.decodeUpdate(update);
    } catch {
      return "malformed";
    }
    if (this.wouldOverflow(live, update)) return "too-large";
    const bounded = applyBounded(live, from, () => Y.applyUpdate(live.doc, update, from));
    return bounded ? "applied" : "unresolved";
  }

  /**
   * Changes a server-written document inside the caller's SQL transaction. The update
   * is stored now and relayed by `flush` once the transaction has committed.
   * `firstInCommand`: the command has not written this document before.
   */
  serverWrite(name: string, mutate: (doc: Y.Doc) => void, firstInCommand = true): void {
    const live = this.get(name);
    if (!live) throw new Error(`document ${name} does not exist`);
    if (firstInCommand) this.hooks[live.ref.kind]?.beforeServerWrite?.(live.doc, live.ref);
    live.doc.transact(() => mutate(live.doc), SERVER);
  }

  /** Relays what server writes left in the outbox; call after commit. */
  flush(name: string): void {
    const live = this.live.get(name);
    if (!live || live.outbox.length === 0) return;
    const updates = live.outbox;
    live.outbox = [];
    const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    live.broadcast(updateMessage(merged));
    this.scheduleIdle(live);
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
    this.compact(live, true);
    return true;
  }

  /** Writes every loaded document's snapshot; used on shutdown. */
  compactAll(): void {
    for (const live of this.live.values()) this.compact(live);
  }

  closeAll(code: number, reason: string): void {
    // All hooks first: they may write other documents (an idea's text into its board),
    // which must still be in memory to be stored and compacted below.
    for (const live of [...this.live.values()]) this.hooks[live.ref.kind]?.unloading?.(live.ref);
    for (const live of [...this.live.values()]) {
      this.compact(live);
      this.discard(live.name, code, reason);
    }
  }

  private onUpdate(live: LiveDoc, update: Uint8Array, origin: unknown): void {
    if (origin === LOADING) return;
    // Counted now, so the size cap sees updates still waiting for their group commit.
    live.pendingUpdates += 1;
    live.pendingBytes += update.byteLength;
    live.storedBytes += update.byteLength;
    if (origin !== SERVER) {
      // Writers' updates are stored in groups at the end of the turn, then relayed.
      this.incoming.add(live, update, origin);
      return;
    }
    this.store.append(live.name, update);
    live.outbox.push(update);
    if (this.compactionDue(live)) this.queueCompaction(live);
  }

  /** Compacts after the current command: compaction is its own transaction. */
  private queueCompaction(live: LiveDoc): void {
    if (live.compactQueued) return;
    live.compactQueued = true;
    setImmediate(() => {
      live.compactQueued = false;
      if (this.live.get(live.name) === live) this.compactSoon(live);
    });
  }

  /** A writer's update is on disk: relay it and tell the document's hooks. */
  private relayStored(live: LiveDoc, update: Uint8Array, from: unknown): void {
    if (this.live.get(live.name) !== live) return;
    live.broadcast(updateMessage(update), from);
    this.hooks[live.ref.kind]?.changed?.(live.ref, (from as Partial<Peer> | null)?.userId ?? null);
  }

  /** After a group: compact now, so the log a load reads stays bounded however busy. */
  private settleStored(live: LiveDoc): void {
    if (this.live.get(live.name) === live && this.compactionDue(live)) this.compactSoon(live);
  }

  private compactionDue(live: LiveDoc): boolean {
    return (
      live.pendingUpdates >= this.options.compactAfterUpdates ||
      live.pendingBytes >= this.options.compactAfterBytes
    );
  }

  /** Stores and relays writers' updates still waiting for the end of the turn. */
  flushIncoming(): void {
    this.incoming.flush();
  }

  /** Null when what the documents hold is on disk; otherwise when it will be. */
  durable(): Promise<void> | null {
    return this.options.durable?.() ?? null;
  }

  private compact(live: LiveDoc, always = false): void {
    // A snapshot must not contain what the log has not stored yet, or it would be stored twice.
    if (this.incoming.size > 0) this.incoming.flush();
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
  private compactSoon(live: LiveDoc): void {
    const { mergeElsewhere, mergeElsewhereFrom = 0 } = this.options;
    if (!mergeElsewhere || live.storedBytes < mergeElsewhereFrom) {
      this.compact(live);
      return;
    }
    if (live.compacting) return;
    if (this.sqlite.inTransaction) {
      // The thread reads what is committed; a merge must not miss rows of an open transaction.
      this.queueCompaction(live);
      return;
    }
    if (this.incoming.size > 0) this.incoming.flush();
    // Storing those may have started this compaction already.
    if (live.compacting || !this.compactionDue(live)) return;
    const upTo = this.store.lastSeq(live.name);
    if (upTo === 0) return;
    const merged = { updates: live.pendingUpdates, bytes: live.pendingBytes };
    const current = this.store.watch(live.name);
    live.compacting = true;
    mergeElsewhere(live.name, upTo).then(
      (state) => {
        if (!live.compacting || this.live.get(live.name) !== live) return;
        live.compacting = false;
        if (!this.commit(() => this.store.replaceUpTo(live.name, state, upTo, current))) return;
        live.pendingUpdates -= merged.updates;
        live.pendingBytes -= merged.bytes;
        live.storedBytes = state.byteLength + live.pendingBytes;
      },
      () => {
        if (!live.compacting || this.live.get(live.name) !== live) return;
        live.compacting = false;
        this.compact(live);
      },
    );
  }

  private commit<T>(write: () => T): T {
    return this.options.commit ? this.options.commit(write) : write();
  }

  /**
   * Whether storing this update would take the document past its cap. Cheap while far
   * below it; near it, only what the document lacks counts (a reconnecting client resends
   * everything it has), and the log is compacted first, since deleted text shrinks then.
   */
  private wouldOverflow(live: LiveDoc, update: Uint8Array): boolean {
    const cap = this.options.maxDocBytes;
    if (live.storedBytes + update.byteLength <= cap) return false;
    const added = Y.diffUpdate(update, Y.encodeStateVector(live.doc)).byteLength;
    if (live.storedBytes + added <= cap) return false;
    if (live.pendingUpdates > 0) this.compact(live);
    return live.storedBytes + added > cap;
  }

  private scheduleIdle(live: LiveDoc): void {
    clearTimeout(live.idleTimer);
    if (live.peers.size > 0) return;
    live.idleTimer = setTimeout(() => this.unloadIfIdle(live), this.options.idleMs);
    live.idleTimer.unref();
  }

  private unloadIfIdle(live: LiveDoc): void {
    if (live.peers.size > 0 || live.outbox.length > 0 || this.live.get(live.name) !== live) return;
    this.hooks[live.ref.kind]?.unloading?.(live.ref);
    this.compact(live);
    this.live.delete(live.name);
    live.destroy();
  }
}
