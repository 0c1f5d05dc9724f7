import { docName } from "@quer/shared/sync/doc-names";
import { CANVAS_GROUPS, CANVAS_PLACEMENT } from "@quer/shared/workshops/rules";
import { type Accessor, createSignal } from "solid-js";
import * as Y from "yjs";
import { openCoeditDoc } from "../cowriting/coedit-doc.ts";

export interface CanvasGroup {
  id: string;
  name: string;
  order: number;
}

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

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => (b % 36).toString(36)).join("");
}

/**
 * `canvas:<boardId>` as signals. Writers (the facilitator; participants when allowed)
 * change it here; readers only follow it. Must be called inside a component.
 */
export function openCanvas(boardId: string, write: boolean): Canvas {
  const live = openCoeditDoc(docName("canvas", boardId), { write });
  const doc = live.doc;
  const groupsMap = doc.getMap<Y.Map<unknown>>(CANVAS_GROUPS);
  const placementMap = doc.getMap<string>(CANVAS_PLACEMENT);
  const [groups, setGroups] = createSignal<readonly CanvasGroup[]>([]);
  const [placement, setPlacement] = createSignal<ReadonlyMap<string, string>>(new Map());

  const read = () => {
    const list: CanvasGroup[] = [];
    groupsMap.forEach((g, id) => {
      if (!(g instanceof Y.Map)) return;
      list.push({ id, name: String(g.get("name") ?? ""), order: Number(g.get("order") ?? 0) });
    });
    list.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
    setGroups(list);
    const next = new Map<string, string>();
    placementMap.forEach((groupId, ideaId) => {
      if (typeof groupId === "string" && groupsMap.has(groupId)) next.set(ideaId, groupId);
    });
    setPlacement(next);
  };
  groupsMap.observeDeep(read);
  placementMap.observe(read);
  read();

  return {
    groups,
    placement,
    ready: live.ready,
    writeLost: () => live.ended() === "writeLost",
    addGroup(name) {
      const id = newId();
      const order = Math.max(0, ...groups().map((g) => g.order)) + 1;
      doc.transact(() => {
        const g = new Y.Map<unknown>();
        g.set("id", id);
        g.set("name", name);
        g.set("order", order);
        groupsMap.set(id, g);
      });
      return id;
    },
    renameGroup(id, name) {
      const g = groupsMap.get(id);
      if (g instanceof Y.Map) g.set("name", name);
    },
    removeGroup(id) {
      doc.transact(() => {
        groupsMap.delete(id);
        const orphans: string[] = [];
        placementMap.forEach((groupId, ideaId) => {
          if (groupId === id) orphans.push(ideaId);
        });
        for (const ideaId of orphans) placementMap.delete(ideaId);
      });
    },
    move(ideaId, groupId) {
      if (groupId === null) {
        if (placementMap.has(ideaId)) placementMap.delete(ideaId);
      } else if (placementMap.get(ideaId) !== groupId) placementMap.set(ideaId, groupId);
    },
  };
}
