import { readPresenceState } from "@quer/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** Who a connection is, as the server says: clients cannot choose their own name. */
export interface PresenceIdentity {
  id: string;
  name: string;
  color: string;
}

/** The largest presence state one client may hold, in bytes of JSON. */
export const MAX_PRESENCE_STATE = 2048;

const COLORS = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** A stable colour per person, from a small palette readable on white. */
export function colorFor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return COLORS[h % COLORS.length] as string;
}

/**
 * Rewrites an awareness update from one connection: every state is rebuilt from the
 * fields `readPresenceState` knows and accepts, with `user` set to the server's identity
 * for that connection; states for client ids another connection owns are dropped, and
 * oversized states are emptied down to `user`. Returns the rewritten update and the
 * client ids it speaks for, or null when nothing is left.
 */
export function rewritePresence(
  update: Uint8Array,
  identity: PresenceIdentity,
  mayControl: (clientId: number) => boolean,
): { update: Uint8Array; clientIds: number[] } | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: { clientId: number; clock: number; json: string }[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const raw = decoding.readVarString(decoder);
    if (!mayControl(clientId)) continue;
    kept.push({ clientId, clock, json: JSON.stringify(relayed(raw, identity)) });
  }
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.json);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((k) => k.clientId) };
}

/** The state others see for one client's raw JSON; anything but an object is a removal. */
function relayed(raw: string, identity: PresenceIdentity): object | null {
  // Over the cap, the state is not even parsed: an honest editor's state is far smaller.
  if (raw.length > MAX_PRESENCE_STATE) return { user: identity };
  const state = readPresenceState(JSON.parse(raw));
  return state ? { ...state, user: identity } : null;
}
