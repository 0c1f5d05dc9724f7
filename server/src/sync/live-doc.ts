import type { DocRef } from "@quer/shared";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { syncStep2 } from "./messages.ts";
import { SharedFrame } from "./shared-frame.ts";

/** Distinct state vectors whose answers a document keeps until it changes, and their bytes. */
const ANSWER_CACHE = { entries: 16, bytes: 4 * 1024 * 1024 };

/** One end of a sync connection, as the registry sees it. */
export interface Peer {
  /** `shared` carries the same message framed once for every peer of a broadcast. */
  send(message: Uint8Array, shared?: SharedFrame): void;
  close(code: number, reason: string): void;
  /** The person whose connection this is, if any: who wrote an update it sent. */
  readonly userId?: string | null;
}

/** A document held in memory with the peers connected to it. */
export class LiveDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<Peer>();
  /** Bytes each peer added to what waits for missing dependencies (`DocRegistry.applyClientUpdate`). */
  readonly unresolvedBy = new Map<unknown, number>();
  /** Which peer introduced each awareness client id; only that peer may change it. */
  readonly presenceOwners = new Map<number, Peer>();
  /** Updates appended to storage since the last snapshot; compaction resets it. */
  pendingUpdates = 0;
  pendingBytes = 0;
  /** Bytes stored for this document: its snapshot plus the updates since. */
  storedBytes = 0;
  /** Server-written updates waiting for their transaction to commit before relay. */
  outbox: Uint8Array[] = [];
  idleTimer: NodeJS.Timeout | undefined;
  compactQueued = false;
  /** A compaction is being merged off the event loop. */
  compacting = false;
  /**
   * Sync answers to the state vectors asked for since the document last changed: a room
   * of phones (re)connecting at once, mostly with nothing or with the same copy, is
   * answered with one encoding each, and a client asking again and again costs a lookup.
   */
  private readonly answers = new Map<string, Uint8Array>();
  private answerBytes = 0;

  constructor(readonly ref: DocRef) {
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", () => this.forgetAnswers());
  }

  /**
   * The sync answer for a client's state vector, encoded once per document state and
   * state vector (within `ANSWER_CACHE`; a state vector is a few bytes per writer, so
   * the key is cheap).
   */
  answer(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString(
      "latin1",
    );
    const cached = this.answers.get(key);
    if (cached) return cached;
    const answer = syncStep2(this.doc, stateVector);
    if (
      this.answers.size >= ANSWER_CACHE.entries ||
      this.answerBytes + answer.byteLength > ANSWER_CACHE.bytes
    ) {
      this.forgetAnswers();
    }
    if (answer.byteLength <= ANSWER_CACHE.bytes) {
      this.answers.set(key, answer);
      this.answerBytes += answer.byteLength;
    }
    return answer;
  }

  private forgetAnswers(): void {
    this.answers.clear();
    this.answerBytes = 0;
  }

  get name(): string {
    return this.ref.name;
  }

  /** Sends the same bytes to every peer but one; each broadcast is encoded once. */
  broadcast(message: Uint8Array, except?: unknown): void {
    const shared = new SharedFrame(message);
    for (const peer of this.peers) if (peer !== except) peer.send(message, shared);
  }

  destroy(): void {
    clearTimeout(this.idleTimer);
    this.forgetAnswers();
    this.awareness.destroy();
    this.doc.destroy();
  }
}
