import type { DocRef } from "@quer/shared";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { syncStep2 } from "./messages.ts";
import { SharedFrame } from "./shared-frame.ts";

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
  /** The whole document as a sync answer, shared by every client that has nothing yet. */
  private wholeAnswer: Uint8Array | undefined;

  constructor(readonly ref: DocRef) {
    // The server holds no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", () => {
      this.wholeAnswer = undefined;
    });
  }

  /**
   * The sync answer for a client's state vector. A page just opened has an empty one:
   * when a room of phones (re)connects at once, they all get the same encoding, made
   * once, instead of one full copy of a big board per phone.
   */
  answer(stateVector: Uint8Array): Uint8Array {
    const empty = stateVector.byteLength === 1 && stateVector[0] === 0;
    if (!empty) return syncStep2(this.doc, stateVector);
    this.wholeAnswer ??= syncStep2(this.doc, stateVector);
    return this.wholeAnswer;
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
    this.wholeAnswer = undefined;
    this.awareness.destroy();
    this.doc.destroy();
  }
}
