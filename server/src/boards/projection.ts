import { BOARD_IDEAS, docName, talliesVisible } from "@quer/shared";
import * as Y from "yjs";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import { findIdea, isPublic } from "../ideas/repo.ts";
import { type DocHooks, SERVER as SERVER_ORIGIN } from "../sync/registry.ts";
import {
  entryOfIdea,
  metaOf,
  reconcileBoard,
  removeIdea,
  tablesOf,
  writeIdea,
  writeMeta,
} from "./board-doc.ts";
import { type BoardRow, boardView, findBoard } from "./repo.ts";

/** Called by commands after their SQL writes, inside the same transaction. */
export function projectIdea(cx: CommandContext, ideaId: string): void {
  const item = findIdea(cx.db, ideaId);
  if (!item) return;
  const board = findBoard(cx.db, item.idea.boardId);
  if (!board) return;
  cx.writeDoc(docName("board", board.id), (doc) => {
    if (isPublic(item.idea)) writeIdea(doc, entryOfIdea(cx.db, board, item));
    else removeIdea(doc, ideaId);
  });
}

/** A changed tally alone; hidden tallies (dots before the reveal) never reach the document. */
export function projectTally(cx: CommandContext, board: BoardRow, ideaId: string, tally: number): void {
  if (!talliesVisible(boardView(board, 0))) return;
  cx.writeDoc(docName("board", board.id), (doc) => {
    const entry = doc.getMap(BOARD_IDEAS).get(ideaId);
    if (entry instanceof Y.Map) {
      if (entry.get("votes") !== tally) entry.set("votes", tally);
    } else {
      // Not in the document (it should be, as only visible ideas take votes): write it whole.
      const item = findIdea(cx.db, ideaId);
      if (item && isPublic(item.idea)) writeIdea(doc, entryOfIdea(cx.db, board, item));
    }
  });
}

export function projectBoard(cx: CommandContext, boardId: string): void {
  const board = findBoard(cx.db, boardId);
  if (!board) return;
  cx.writeDoc(docName("board", boardId), (doc) => writeMeta(doc, metaOf(board, tablesOf(cx.db, boardId))));
}

/** Board-wide changes (tallies revealed, categories renamed) re-check every idea. */
export function projectWholeBoard(cx: CommandContext, boardId: string): void {
  cx.writeDoc(docName("board", boardId), (doc) => {
    reconcileBoard(doc, cx.db, boardId);
  });
}

/**
 * On load, a board document is brought in line with SQL by edits to the stored
 * document (never rebuilt with new identities), so clients that kept a copy stay valid
 * and a crash between a commit and its projection heals itself.
 */
export function boardDocHooks(db: Db): DocHooks {
  return {
    prepare: (doc, ref) => {
      let exists = false;
      doc.transact(() => {
        exists = reconcileBoard(doc, db, ref.id);
      }, SERVER_ORIGIN);
      return exists;
    },
  };
}
