import * as Y from "yjs";

/**
 * Whether an update holds anything the document does not already have: an item past
 * the document's clock for its client, or a deletion the document has not made.
 * Read-only clients legitimately send updates with nothing new (their sync answer on
 * reconnect); anything more from them is a forbidden write.
 */
export function carriesNewContent(doc: Y.Doc, update: Uint8Array): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}
