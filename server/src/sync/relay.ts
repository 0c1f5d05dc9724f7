import * as Y from "yjs";
import type { HooksByKind } from "./doc-loader.ts";
import type { LiveDoc, Peer } from "./live-doc.ts";
import { updateMessage } from "./messages.ts";

/** A writer's update is on disk: to every other peer, then to the document's hooks. */
export function relayWritersUpdate(
  live: LiveDoc,
  update: Uint8Array,
  from: unknown,
  hooks: HooksByKind,
): void {
  live.broadcast(updateMessage(update), from);
  hooks[live.ref.kind]?.changed?.(live.ref, (from as Partial<Peer> | null)?.userId ?? null);
}

/**
 * Sends what server writes left in the outbox, merged into one message, to every peer;
 * call once their transaction has committed. False when there was nothing to send.
 */
export function relayOutbox(live: LiveDoc): boolean {
  if (live.outbox.length === 0) return false;
  const updates = live.outbox;
  live.outbox = [];
  const merged = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
  live.broadcast(updateMessage(merged));
  return true;
}
