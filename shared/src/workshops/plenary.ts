/**
 * The plenary: a workshop's canvas laid over the canvases of all its topic tables. Pure
 * and zod-free, so the projector, the facilitator's page and the server's minutes and
 * plenary answer compute the same groups from the same documents.
 *
 * A canvas arrives as plain values (each map's `toJSON()`). Anyone taking part may write
 * a table's canvas while `participantCanvas` is on, so every entry is checked here and
 * what does not fit the shape is left out, never trusted.
 */

/** A canvas document as plain values: `getMap("groups").toJSON()`, `getMap("placement").toJSON()`. */
export interface CanvasJson {
  groups: unknown;
  placement: unknown;
}

export interface CanvasGroup {
  id: string;
  name: string;
  order: number;
}

export interface CanvasState {
  /** Groups in their order (order, then id). */
  groups: CanvasGroup[];
  /** Idea id → group id; "" only on the plenary canvas: placed with no group there. */
  placement: Map<string, string>;
  /** Plenary canvas: groups taken off the plenary (entries with `removed: true`), by id. */
  removed: Map<string, string>;
}

/** Longest group name kept; the canvas's form allows 60. */
export const GROUP_NAME_MAX = 60;
const ID_MAX = 100;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const byOrder = (a: CanvasGroup, b: CanvasGroup) =>
  a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Groups named alike ("Verkehr", " verkehr ") are one group in the plenary. */
export function groupKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
}

/** A canvas document's shape, checked: malformed groups and placements are dropped. */
export function readCanvas(json: CanvasJson): CanvasState {
  const groups: CanvasGroup[] = [];
  const removed = new Map<string, string>();
  if (isRecord(json.groups)) {
    for (const [id, value] of Object.entries(json.groups)) {
      if (id.length === 0 || id.length > ID_MAX || !isRecord(value)) continue;
      if (typeof value.name !== "string") continue;
      const name = value.name.trim().slice(0, GROUP_NAME_MAX);
      if (name.length === 0) continue;
      if (value.removed === true) {
        removed.set(id, name);
        continue;
      }
      const order = typeof value.order === "number" && Number.isFinite(value.order) ? value.order : 0;
      groups.push({ id, name, order });
    }
  }
  groups.sort(byOrder);
  const placement = new Map<string, string>();
  if (isRecord(json.placement)) {
    for (const [ideaId, groupId] of Object.entries(json.placement)) {
      if (ideaId.length === 0 || ideaId.length > ID_MAX || typeof groupId !== "string") continue;
      // Group ids the canvas does not hold itself may be carried ones; the roll-up resolves them.
      if (groupId.length <= 2 * ID_MAX + 1) placement.set(ideaId, groupId);
    }
  }
  return { groups, placement, removed };
}

/** The id a table's group has in the plenary until a group of the same name takes it in. */
export function carriedGroupId(tableId: string, groupId: string): string {
  return `${tableId}.${groupId}`;
}

export interface RollUpInput {
  /** `canvas:<workshopId>`. */
  plenary: CanvasJson;
  /** Each topic table's `canvas:<tableId>`, in the workshop's order of tables. */
  tables: readonly { id: string; canvas: CanvasJson }[];
  /** Every idea of the workshop and its tables, with the board it sits on. */
  ideas: readonly { id: string; tableId: string }[];
}

export interface RolledUp {
  /** The plenary's groups in their order. */
  groups: CanvasGroup[];
  /** Idea id → group id; absent: no group. Only ideas of the input. */
  placement: Map<string, string>;
}

interface Candidate {
  tableId: string;
  group: CanvasGroup;
  carriedId: string;
}

/**
 * All tables' ideas and groups as one canvas: the plenary's own groups, then every
 * table's groups carried over, groups of the same name (at several tables, or already
 * in the plenary) as one. What the plenary canvas says comes first:
 * - an entry under a carried id (`<tableId>.<groupId>`) renames or re-orders that group,
 *   and takes in the groups of the same name at other tables;
 * - an entry with `removed: true` takes the group, and every table's group of its name,
 *   off the plenary (a plenary group of that name made afterwards takes them in again);
 * - a placement puts any idea of any table in any plenary group ("": in none), over where
 *   its table put it. A placement on a carried id whose group merged into another follows it.
 */
export function rollUp(input: RollUpInput): RolledUp {
  const plenary = readCanvas(input.plenary);
  const groups = new Map(plenary.groups.map((g) => [g.id, { ...g }]));
  const liveByKey = new Map<string, string>();
  for (const g of plenary.groups) if (!liveByKey.has(groupKey(g.name))) liveByKey.set(groupKey(g.name), g.id);
  const removedKeys = new Set([...plenary.removed.values()].map(groupKey));

  const tableIds = new Set(input.tables.map((t) => t.id));
  const tables = input.tables.map((t) => ({ id: t.id, state: readCanvas(t.canvas) }));
  const byKey = new Map<string, Candidate[]>();
  for (const table of tables) {
    for (const group of table.state.groups) {
      const key = groupKey(group.name);
      const list = byKey.get(key) ?? [];
      list.push({ tableId: table.id, group, carriedId: carriedGroupId(table.id, group.id) });
      byKey.set(key, list);
    }
  }

  /** Carried id → the plenary group it went into; absent: taken off the plenary. */
  const alias = new Map<string, string>();
  for (const [key, members] of byKey) {
    const overridden = members.find((m) => groups.has(m.carriedId))?.carriedId;
    const removed = members.some((m) => plenary.removed.has(m.carriedId)) || removedKeys.has(key);
    let target = overridden ?? liveByKey.get(key);
    if (target === undefined && !removed) {
      const first = members[0] as Candidate;
      target = first.carriedId;
      // The table's own order: a group made in the plenary meanwhile does not push it along.
      groups.set(target, { id: target, name: first.group.name, order: first.group.order });
      liveByKey.set(key, target);
    }
    if (target !== undefined) for (const m of members) alias.set(m.carriedId, target);
  }

  const resolve = (groupId: string | undefined): string | undefined => {
    if (groupId === undefined) return undefined;
    if (groups.has(groupId)) return groupId;
    return alias.get(groupId);
  };
  const tableState = new Map(tables.map((t) => [t.id, t.state]));
  const placement = new Map<string, string>();
  for (const idea of input.ideas) {
    const chosen = plenary.placement.get(idea.id);
    if (chosen === "") continue;
    let groupId = resolve(chosen);
    if (groupId === undefined && tableIds.has(idea.tableId)) {
      const own = tableState.get(idea.tableId)?.placement.get(idea.id);
      if (own !== undefined) groupId = alias.get(carriedGroupId(idea.tableId, own));
    }
    if (groupId !== undefined) placement.set(idea.id, groupId);
  }
  return { groups: [...groups.values()].sort(byOrder), placement };
}
