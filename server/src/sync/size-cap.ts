import * as Y from "yjs";
import type { LiveDoc } from "./live-doc.ts";

/** The largest stored size a client update may grow a document to (`RegistryOptions.maxDocBytes`). */
export class SizeCap {
  constructor(
    private readonly maxDocBytes: number,
    /** Compacts the document's log into its snapshot now. */
    private readonly compact: (live: LiveDoc) => void,
  ) {}

  /**
   * Whether storing this update would take the document past its cap. Cheap while far
   * below it; near it, only what the document lacks counts (a reconnecting client resends
   * everything it has), and the log is compacted first, since deleted text shrinks then.
   */
  wouldOverflow(live: LiveDoc, update: Uint8Array): boolean {
    const cap = this.maxDocBytes;
    if (live.storedBytes + update.byteLength <= cap) return false;
    const added = Y.diffUpdate(update, Y.encodeStateVector(live.doc)).byteLength;
    if (live.storedBytes + added <= cap) return false;
    if (live.pendingUpdates > 0) this.compact(live);
    return live.storedBytes + added > cap;
  }
}
