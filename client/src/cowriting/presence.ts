import { type Accessor, createSignal, onCleanup } from "solid-js";
import type { Awareness } from "y-protocols/awareness";

export interface Writer {
  id: string;
  name: string;
  color: string;
}

function isWriter(value: unknown): value is Writer {
  const u = value as Partial<Writer> | null;
  return typeof u?.id === "string" && typeof u.name === "string" && typeof u.color === "string";
}

/**
 * The other people writing in this document right now, from presence. The server relays
 * writers' presence only and sets each state's `user` from the session, so the name and
 * colour shown are the ones the server vouches for. The same person in two tabs counts once;
 * the person looking is left out.
 */
export function createWriters(
  awareness: Awareness,
  meId: string | undefined,
  onChange?: (joined: Writer[], left: Writer[]) => void,
): Accessor<Writer[]> {
  const [writers, setWriters] = createSignal<Writer[]>([]);
  const read = () => {
    const byId = new Map<string, Writer>();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const user = (state as { user?: unknown }).user;
      if (isWriter(user) && user.id !== meId && !byId.has(user.id)) byId.set(user.id, user);
    }
    const next = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
    const before = writers();
    const key = (list: Writer[]) => list.map((w) => w.id).join(",");
    if (key(before) === key(next)) return;
    setWriters(next);
    const had = new Set(before.map((w) => w.id));
    const has = new Set(next.map((w) => w.id));
    onChange?.(
      next.filter((w) => !had.has(w.id)),
      before.filter((w) => !has.has(w.id)),
    );
  };
  awareness.on("change", read);
  onCleanup(() => awareness.off("change", read));
  read();
  return writers;
}
