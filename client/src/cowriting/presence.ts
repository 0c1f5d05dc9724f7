import { type PresenceUser, type RelativePositionJson, readPresenceState } from "@quer/shared/sync/presence";
import { type Accessor, createSignal, onCleanup } from "solid-js";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";

/** Who someone is, as the server vouches for it (`user` in their presence). */
export type Writer = PresenceUser;

/** Someone else with the editor open: where their caret is, and whether they are typing. */
export interface Present extends Writer {
  /** The field their caret is in, or null when no field of this editor has their focus. */
  field: string | null;
  /** Their caret (selection head) in that field, as relative-position JSON. */
  caret: RelativePositionJson | null;
  /** The field they changed within the last few seconds, or null. */
  typing: string | null;
}

/** How long after the last change someone still counts as typing. */
export const TYPING_PAUSE_MS = 3000;

/**
 * The people in a set of presence states, the person looking left out (by client id and
 * by account). The same person in two tabs counts once: typing if either tab is, in the
 * field of the tab that types (or else of one that has a caret). Sorted by name.
 */
export function readPresence(
  states: Map<number, Record<string, unknown>>,
  selfClientId: number,
  meId: string | undefined,
): Present[] {
  const byId = new Map<string, Present>();
  for (const [clientId, state] of states) {
    if (clientId === selfClientId) continue;
    const { user, cursor, typing = null } = readPresenceState(state) ?? {};
    if (!user || user.id === meId) continue;
    const field = cursor?.field ?? null;
    const next: Present = {
      id: user.id,
      name: user.name,
      color: user.color,
      field,
      caret: cursor?.head ?? null,
      typing,
    };
    const before = byId.get(user.id);
    if (!before || (typing && !before.typing) || (!before.typing && !before.field && field)) {
      byId.set(user.id, next);
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The other people in this document right now, from presence. The server relays writers'
 * presence only and sets each state's `user` from the session, so the name and colour
 * shown are the ones the server vouches for.
 */
export function createPresence(awareness: Awareness, meId: string | undefined): Accessor<Present[]> {
  const key = (list: Present[]) =>
    JSON.stringify(list.map((p) => [p.id, p.name, p.field, p.typing, p.caret]));
  const [present, setPresent] = createSignal<Present[]>([], { equals: (a, b) => key(a) === key(b) });
  const read = () =>
    setPresent(
      readPresence(awareness.getStates() as Map<number, Record<string, unknown>>, awareness.clientID, meId),
    );
  awareness.on("change", read);
  onCleanup(() => awareness.off("change", read));
  read();
  return present;
}

/** Who came, who went and who began typing between two readings of presence. */
export function presenceChanges(
  before: readonly Present[],
  now: readonly Present[],
): { joined: Present[]; left: Present[]; startedTyping: Present[] } {
  const had = new Map(before.map((p) => [p.id, p]));
  const has = new Set(now.map((p) => p.id));
  return {
    joined: now.filter((p) => !had.has(p.id)),
    left: before.filter((p) => !has.has(p.id)),
    startedTyping: now.filter((p) => p.typing && !had.get(p.id)?.typing),
  };
}

const typingTimers = new WeakMap<Awareness, ReturnType<typeof setTimeout>>();

/**
 * Says in this person's presence that they are typing in `field`, until they pause for
 * `TYPING_PAUSE_MS`. Only a change of the field is sent, not every keystroke.
 */
export function markTyping(awareness: Awareness, field: string): void {
  const state = awareness.getLocalState();
  if (state === null) return;
  if (state.typing !== field) awareness.setLocalStateField("typing", field);
  clearTimeout(typingTimers.get(awareness));
  typingTimers.set(
    awareness,
    setTimeout(() => {
      typingTimers.delete(awareness);
      if (awareness.getLocalState() !== null) awareness.setLocalStateField("typing", null);
    }, TYPING_PAUSE_MS),
  );
}

/** Stops a pending "no longer typing" (the editor closes and its presence with it). */
export function stopTyping(awareness: Awareness): void {
  clearTimeout(typingTimers.get(awareness));
  typingTimers.delete(awareness);
}

/** Where someone's caret is in `text` (of this copy of the document), or null. */
export function caretIndex(caret: unknown, text: Y.Text): number | null {
  if (caret === null || typeof caret !== "object" || !text.doc) return null;
  try {
    const rel = Y.createRelativePositionFromJSON(caret);
    const abs = Y.createAbsolutePositionFromRelativePosition(rel, text.doc);
    return abs && abs.type === text ? abs.index : null;
  } catch {
    return null;
  }
}
