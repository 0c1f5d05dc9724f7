import { can, talliesVisible } from "@quer/shared";
import { Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { ideaView } from "../ideas/view.ts";
import { plenaryOf } from "./plenary.ts";

/**
 * The plenary view: a workshop's ideas with those of all its topic tables, and the groups
 * all their canvases roll up to, for the projector and the results page. Tallies follow
 * the board's reveal like everywhere. Mounted at `/api/boards`.
 */
export const plenaryRoutes = new Hono<AppEnv>().get("/:id/plenary", (c) => {
  const { db, registry } = c.get("services");
  const actor = c.get("actor");
  const board = findBoard(db, c.req.param("id"));
  if (!board || !can(actor, "board.read", boardFacts(board))) throw notFound("boardNotFound");
  const showTally = talliesVisible(boardView(board, 0), can(actor, "board.update", boardFacts(board)));
  // Each table's ideas only for those who may see that table (today every table follows
  // its workshop's visibility; the check keeps it so if that ever changes).
  const { tables, items, groups } = plenaryOf(db, registry, board, (tableId) => {
    const row = findBoard(db, tableId);
    return !!row && can(actor, "board.read", boardFacts(row));
  });
  const ideas = items.map(({ item, tableId, groupId }) => ({
    ...ideaView(item, { showTally }),
    tableId,
    groupId,
  }));
  return c.json({ board: boardView(board, ideas.length), tables, groups, ideas });
});
