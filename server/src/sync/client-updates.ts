import * as Y from "yjs";
import type { Sqlite } from "../db/open.ts";
import type { DocStore } from "./doc-store.ts";
import { type IncomingCommit, IncomingUpdates } from "./incoming.ts";
import type { LiveDoc, Peer } from "./live-doc.ts";
import type { SizeCap } from "./size-cap.ts";
import { applyBounded } from "./unresolved.ts";

export type ClientUpdateOutcome = "applied" | "malformed" | "too-large" | "unresolved";

/** What happens to writers' updates once their group was stored, or could not be. */
export interface StoredUpdates {
  /** Each stored update, in arrival order, after its commit is on disk. */
  stored(live: LiveDoc, update: Uint8Array, from: unknown): void;
  /** Once per document of a group, after all its updates went out. */
  settled(live: LiveDoc): void;
  /** Each document whose updates could not be stored. */
  failed(live: LiveDoc): void;
}

/** Writers' updates: checked and applied on arrival, stored in groups, relayed once durable. */
export class ClientUpdates {
  private readonly incoming: IncomingUpdates;

  constructor(
    sqlite: Sqlite,
    store: DocStore,
    private readonly sizeCap: SizeCap,
    then: StoredUpdates,
    disk: IncomingCommit,
  ) {
    this.incoming = new IncomingUpdates(
      sqlite,
      store,
      (live, update, from) => then.stored(live, update, from),
      (live) => then.settled(live),
      (live) => then.failed(live),
      disk,
    );
  }

  /**
   * Applies a client's update; the document's update handler then `record`s it. Refuses,
   * and applies nothing, an update that does not decode whole or would grow the document
   * past `maxDocBytes`; refuses a peer whose updates wait for dependencies past
   * `PENDING_LIMITS` (see there), and drops what waits.
   */
  apply(live: LiveDoc, update: Uint8Array, from: Peer): ClientUpdateOutcome {
    // Yjs integrates a truncated update's structs before it fails on the rest: decoded
    // whole first, a broken update changes nothing.
    try {
      Y.decodeUpdate(update);
    } catch {
      return "malformed";
    }
    if (this.sizeCap.wouldOverflow(live, update)) return "too-large";
    const bounded = applyBounded(live, from, () => Y.applyUpdate(live.doc, update, from));
    return bounded ? "applied" : "unresolved";
  }

  /** Queues an applied update for the end of the turn's group commit. */
  record(live: LiveDoc, update: Uint8Array, from: unknown): void {
    this.incoming.add(live, update, from);
  }

  /** Stores (and, once durable, relays) the updates still waiting for the end of the turn. */
  storeWaiting(): void {
    if (this.incoming.size > 0) this.incoming.storeNow();
  }
}
