import {
  CANVAS_GROUPS,
  CANVAS_PLACEMENT,
  type CanvasGroup,
  type CanvasJson,
  docName,
  rollUp,
} from "@quer/shared";
import { tablesOf } from "../boards/board-doc.ts";
import type { BoardRow } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import { type IdeaWithAuthor, ideasOfBoard, isPublic } from "../ideas/repo.ts";
import type { DocRegistry } from "../sync/registry.ts";

/** `canvas:<boardId>` as plain values, read without changing anything; none is empty. */
function canvasJson(registry: DocRegistry, boardId: string): CanvasJson {
  const doc = registry.get(docName("canvas", boardId))?.doc;
  return {
    groups: doc?.getMap(CANVAS_GROUPS).toJSON() ?? {},
    placement: doc?.getMap(CANVAS_PLACEMENT).toJSON() ?? {},
  };
}

export interface Plenary {
  tables: { id: string; title: string }[];
  /** The workshop's and its tables' visible ideas, each with its board and plenary group. */
  items: { item: IdeaWithAuthor; tableId: string; groupId: string | null }[];
  groups: CanvasGroup[];
}

/**
 * A workshop with all its topic tables rolled up (`rollUp` from shared): what the
 * plenary answer and the minutes report. `seeTable` leaves out tables a person may not see.
 */
export function plenaryOf(
  db: Db,
  registry: DocRegistry,
  board: BoardRow,
  seeTable: (tableId: string) => boolean = () => true,
): Plenary {
  const tables = tablesOf(db, board.id).filter((table) => seeTable(table.id));
  const items = [{ id: board.id }, ...tables].flatMap((table) =>
    ideasOfBoard(db, table.id)
      .filter((item) => isPublic(item.idea))
      .map((item) => ({ item, tableId: table.id })),
  );
  const rolled = rollUp({
    plenary: canvasJson(registry, board.id),
    tables: tables.map((table) => ({ id: table.id, canvas: canvasJson(registry, table.id) })),
    ideas: items.map(({ item, tableId }) => ({ id: item.idea.id, tableId })),
  });
  return {
    tables,
    groups: rolled.groups,
    items: items.map((x) => ({ ...x, groupId: rolled.placement.get(x.item.idea.id) ?? null })),
  };
}
