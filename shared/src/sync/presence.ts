/**
 * The presence (awareness) state of a co-edited document (`idea:`, `project:`, `canvas:`),
 * the one definition the server relays by and the editor reads by. Without a zod import,
 * so the editor takes it directly (`@quer/shared/sync/presence`).
 */

/** Who someone is, as the server vouches for it; a client's own `user` is overwritten. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** A Yjs ID (`{client, clock}`) as it appears in a relative position's JSON. */
export interface PresenceId {
  client: number;
  clock: number;
}

/** A Yjs relative position as JSON (`Y.relativePositionToJSON`), rebuilt from known keys. */
export interface RelativePositionJson {
  type?: PresenceId;
  tname?: string;
  item?: PresenceId;
  assoc?: number;
}

/** Where someone's selection is: the field (a Y.Text's name) and its ends. */
export interface PresenceCursor {
  field: string;
  anchor?: RelativePositionJson;
  head?: RelativePositionJson;
}

/**
 * A state as relayed and read. A key is absent when the client did not send it or sent
 * it malformed; `null` is a value (no focused field, not typing).
 */
export interface PresenceState {
  user?: PresenceUser;
  cursor?: PresenceCursor | null;
  typing?: string | null;
}

/** Field names (`title`, `body`, `goal`, …) and a root type's name in a position. */
export const MAX_PRESENCE_FIELD = 40;
const MAX_USER_ID = 64;
const MAX_USER_NAME = 120;
const COLOR = /^#[0-9a-fA-F]{6}$/;

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const boundedString = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max;

/** A field name: a string of 1–40 characters, or null for anything else. */
export function presenceField(value: unknown): string | null {
  return boundedString(value, MAX_PRESENCE_FIELD) ? value : null;
}

const count = (value: unknown): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= 0;

function readId(value: unknown): PresenceId | null {
  if (!isObject(value) || !count(value.client) || !count(value.clock)) return null;
  return { client: value.client, clock: value.clock };
}

/**
 * A relative position's JSON with only its four keys, each well-formed, or null. It names
 * an item or a parent type (by ID or root name); `null` for `type`/`item` means absent,
 * as in `Y.createRelativePositionFromJSON`.
 */
export function readRelativePosition(value: unknown): RelativePositionJson | null {
  if (!isObject(value)) return null;
  const out: RelativePositionJson = {};
  for (const key of ["type", "item"] as const) {
    if (value[key] === undefined || value[key] === null) continue;
    const id = readId(value[key]);
    if (!id) return null;
    out[key] = id;
  }
  if (value.tname !== undefined && value.tname !== null) {
    if (!boundedString(value.tname, MAX_PRESENCE_FIELD)) return null;
    out.tname = value.tname;
  }
  if (value.assoc !== undefined && value.assoc !== null) {
    if (value.assoc !== -1 && value.assoc !== 0 && value.assoc !== 1) return null;
    out.assoc = value.assoc;
  }
  return out.item || out.type || out.tname ? out : null;
}

function readCursor(value: unknown): PresenceCursor | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) return undefined;
  const field = presenceField(value.field);
  if (field === null) return undefined;
  const cursor: PresenceCursor = { field };
  for (const end of ["anchor", "head"] as const) {
    if (value[end] === undefined || value[end] === null) continue;
    const position = readRelativePosition(value[end]);
    if (!position) return undefined;
    cursor[end] = position;
  }
  return cursor;
}

function readUser(value: unknown): PresenceUser | undefined {
  if (!isObject(value)) return undefined;
  const { id, name, color } = value;
  if (!boundedString(id, MAX_USER_ID) || !boundedString(name, MAX_USER_NAME)) return undefined;
  if (typeof color !== "string" || !COLOR.test(color)) return undefined;
  return { id, name, color };
}

/**
 * The known fields of a presence state, each only when well-formed; unknown keys are
 * dropped. Null when the state is not an object at all (a removal, or junk).
 */
export function readPresenceState(raw: unknown): PresenceState | null {
  if (!isObject(raw)) return null;
  const state: PresenceState = {};
  const user = readUser(raw.user);
  if (user) state.user = user;
  const cursor = readCursor(raw.cursor);
  if (cursor !== undefined) state.cursor = cursor;
  if (raw.typing === null) state.typing = null;
  else if (presenceField(raw.typing) !== null) state.typing = raw.typing as string;
  return state;
}
