import { docName } from "@quer/shared/sync/doc-names";
import { type CanvasGroup, type CanvasJson, readCanvas } from "@quer/shared/workshops/plenary";
import { CANVAS_GROUPS, CANVAS_PLACEMENT } from "@quer/shared/workshops/rules";
import { type Accessor, createMemo, createSignal } from "solid-js";
import * as Y from "yjs";
import { openCoeditDoc } from "../cowriting/coedit-doc.ts";

export type { CanvasGroup };

/** What the clustering board reads and writes, whichever documents stand behind it. */
export interface Canvas {
  /** Groups in their order. */
  groups: Accessor<readonly CanvasGroup[]>;
  /** Idea id → group id; absent: not grouped. */
  placement: Accessor<ReadonlyMap<string, string>>;
  ready: Accessor<boolean>;
  writeLost: Accessor<boolean>;
  addGroup: (name: string) => string;
  renameGroup: (id: string, name: string) => void;
  removeGroup: (id: string) => void;
  move: (ideaId: string, groupId: string | null) => void;
}

/** One `canvas:<boardId>` document: its plain shape as a signal, and the maps to write. */
export interface CanvasDoc {
  json: Accessor<CanvasJson>;
  ready: Accessor<boolean>;
  writeLost: Accessor<boolean>;
  doc: Y.Doc;
  groupsMap: Y.Map<Y.Map<unknown>>;
  placementMap: Y.Map<string>;
}

export function newGroupId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}

/** Opens `canvas:<boardId>`; must be called inside a component (it closes with it). */
export function openCanvasDoc(boardId: string, write: boolean): CanvasDoc {
  const live = openCoeditDoc(docName("canvas", boardId), { write });
  const doc = live.doc;
  const groupsMap = doc.getMap<Y.Map<unknown>>(CANVAS_GROUPS);
  const placementMap = doc.getMap<string>(CANVAS_PLACEMENT);
  const read = (): CanvasJson => ({ groups: groupsMap.toJSON(), placement: placementMap.toJSON() });
  const [json, setJson] = createSignal<CanvasJson>(read());
  const changed = () => setJson(read());
  groupsMap.observeDeep(changed);
  placementMap.observe(changed);
  return {
    json,
    ready: live.ready,
    writeLost: () => live.ended() === "writeLost",
    doc,
    groupsMap,
    placementMap,
  };
}

/** Sets a group's entry, creating it when the canvas has none under that id. */
export function writeGroup(cd: CanvasDoc, group: CanvasGroup & { removed?: true }): void {
  cd.doc.transact(() => {
    let g = cd.groupsMap.get(group.id);
    if (!(g instanceof Y.Map)) {
      g = new Y.Map<unknown>();
      cd.groupsMap.set(group.id, g);
    }
    for (const [key, value] of Object.entries(group)) if (g.get(key) !== value) g.set(key, value);
  });
}

/** Takes every placement on a group off the canvas. */
export function clearPlacements(cd: CanvasDoc, groupId: string): void {
  const orphans: string[] = [];
  cd.placementMap.forEach((g, ideaId) => {
    if (g === groupId) orphans.push(ideaId);
  });
  for (const ideaId of orphans) cd.placementMap.delete(ideaId);
}

/**
 * `canvas:<boardId>` as a clustering board of its own (a topic table's, or a workshop's
 * seen on a phone). Writers (the facilitator; participants when allowed) change it here;
 * readers only follow it. Must be called inside a component.
 */
export function openCanvas(boardId: string, write: boolean): Canvas {
  const cd = openCanvasDoc(boardId, write);
  const state = createMemo(() => readCanvas(cd.json()));
  const groups = () => state().groups;
  const placement = createMemo(() => {
    const s = state();
    const known = new Set(s.groups.map((g) => g.id));
    return new Map([...s.placement].filter(([, groupId]) => known.has(groupId)));
  });
  return {
    groups,
    placement,
    ready: cd.ready,
    writeLost: cd.writeLost,
    addGroup(name) {
      const id = newGroupId();
      writeGroup(cd, { id, name, order: Math.max(0, ...groups().map((g) => g.order)) + 1 });
      return id;
    },
    renameGroup(id, name) {
      const g = cd.groupsMap.get(id);
      if (g instanceof Y.Map) g.set("name", name);
    },
    removeGroup(id) {
      cd.doc.transact(() => {
        cd.groupsMap.delete(id);
        clearPlacements(cd, id);
      });
    },
    move(ideaId, groupId) {
      if (groupId === null) {
        if (cd.placementMap.has(ideaId)) cd.placementMap.delete(ideaId);
      } else if (cd.placementMap.get(ideaId) !== groupId) cd.placementMap.set(ideaId, groupId);
    },
  };
}
