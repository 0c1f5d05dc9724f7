import type * as Y from "yjs";
import type { LiveDoc } from "./live-doc.ts";

/**
 * Bytes of updates a document may hold whose dependencies have not arrived, in all and
 * from one peer. Yjs keeps such updates in memory until what they build on arrives; they
 * are never stored, so the size cap never sees them. An honest client's updates wait
 * only for a moment (another tab's change not yet relayed); a flood of them is an attack
 * on memory, and every update applied afterwards retries them.
 */
export const PENDING_LIMITS = { perDocument: 512 * 1024, perPeer: 256 * 1024 };

/** Bytes of updates held back in a document until their dependencies arrive. */
export function unresolvedBytes(doc: Y.Doc): number {
  const { pendingStructs, pendingDs } = doc.store;
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0);
}

/**
 * Applies an update and keeps what waits for missing dependencies within
 * `PENDING_LIMITS`, counting per peer what each one added. False when the limit was
 * passed: what waited is dropped, and the peer should be closed.
 */
export function applyBounded(live: LiveDoc, from: unknown, apply: () => void): boolean {
  const before = unresolvedBytes(live.doc);
  apply();
  const after = unresolvedBytes(live.doc);
  if (after === 0) {
    live.unresolvedBy.clear();
    return true;
  }
  const mine = (live.unresolvedBy.get(from) ?? 0) + Math.max(0, after - before);
  live.unresolvedBy.set(from, mine);
  if (after <= PENDING_LIMITS.perDocument && mine <= PENDING_LIMITS.perPeer) return true;
  live.doc.store.pendingStructs = null;
  live.doc.store.pendingDs = null;
  live.unresolvedBy.clear();
  return false;
}
