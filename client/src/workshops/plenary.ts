import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { type CanvasJson, rollUp } from "@quer/shared/workshops/plenary";
import { type Accessor, createMemo, mapArray } from "solid-js";
import type { LiveBoard } from "../sync/live-board.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { type Canvas, clearPlacements, newGroupId, openCanvasDoc, writeGroup } from "./canvas.ts";
import { tablesOf } from "./parts.tsx";

export type PlenaryIdea = BoardDocIdea & { tableId: string };

export interface Plenary {
  tables: Accessor<{ id: string; title: string }[]>;
  /** Every idea of the workshop and its tables, oldest first. */
  ideas: Accessor<PlenaryIdea[]>;
  byId: Accessor<ReadonlyMap<string, PlenaryIdea>>;
  /** All tables' groups rolled up; writes go to the workshop's own canvas. */
  canvas: Canvas;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The plenary of a workshop: its ideas and those of every topic table, and the canvas
 * that rolls all tables' groups up (`rollUp` from shared). Follows each table's board and
 * canvas while the table exists. Must be called inside a component.
 *
 * `write` may change (a phone allowed to arrange, or no longer): then only the workshop's
 * own canvas opens again, as writer or reader, and the tables' sockets stay as they are.
 */
export function openPlenary(
  workshopId: string,
  live: LiveBoard,
  write: boolean | Accessor<boolean>,
): Plenary {
  const writes = typeof write === "function" ? write : () => write;
  const tables = createMemo(() => tablesOf(live.meta()), [], {
    equals: (a, b) =>
      sameList(
        a.map((t) => `${t.id} ${t.title}`),
        b.map((t) => `${t.id} ${t.title}`),
      ),
  });
  const tableIds = createMemo(() => tables().map((t) => t.id), [], { equals: sameList });
  // One board and one canvas per table, opened once and closed when the table is gone.
  const feeds = createMemo(
    mapArray(tableIds, (id) => ({
      id,
      board: openLiveBoard(id, { indicator: false }),
      canvas: openCanvasDoc(id, false),
    })),
  );
  // Opened in a memo, so a change of `write` closes the old socket with the memo's run.
  const ownDoc = createMemo(() => openCanvasDoc(workshopId, writes()));

  const ideas = createMemo<PlenaryIdea[]>(() => {
    const list: PlenaryIdea[] = [...live.ideas().values()].map((i) => ({ ...i, tableId: workshopId }));
    for (const feed of feeds())
      for (const idea of feed.board.ideas().values()) list.push({ ...idea, tableId: feed.id });
    return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  });
  const byId = createMemo(() => new Map(ideas().map((i) => [i.id, i])));
  const rolled = createMemo(() =>
    rollUp({
      plenary: ownDoc().json(),
      tables: feeds().map((feed): { id: string; canvas: CanvasJson } => ({
        id: feed.id,
        canvas: feed.canvas.json(),
      })),
      ideas: ideas().map((i) => ({ id: i.id, tableId: i.tableId })),
    }),
  );
  const groupOf = (id: string) => rolled().groups.find((g) => g.id === id);

  const canvas: Canvas = {
    groups: () => rolled().groups,
    placement: () => rolled().placement,
    ready: () => ownDoc().ready(),
    writeLost: () => ownDoc().writeLost(),
    addGroup(name) {
      const id = newGroupId();
      writeGroup(ownDoc(), { id, name, order: Math.max(0, ...rolled().groups.map((g) => g.order)) + 1 });
      return id;
    },
    // A table's group is renamed or taken off in the plenary only: the table keeps its own.
    renameGroup(id, name) {
      const group = groupOf(id);
      if (group) writeGroup(ownDoc(), { ...group, name });
    },
    removeGroup(id) {
      const group = groupOf(id);
      if (!group) return;
      const own = ownDoc();
      own.doc.transact(() => {
        writeGroup(own, { ...group, removed: true });
        clearPlacements(own, id);
      });
    },
    move(ideaId, groupId) {
      // "" says "no group here", over a group the idea's table gave it.
      const value = groupId ?? "";
      const own = ownDoc();
      if (own.placementMap.get(ideaId) !== value) own.placementMap.set(ideaId, value);
    },
  };
  return { tables, ideas, byId, canvas };
}
