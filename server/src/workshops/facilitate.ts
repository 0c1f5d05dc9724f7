import { boards } from "@quer/db";
import { can } from "@quer/shared";
import { eq, or } from "drizzle-orm";
import type { Context } from "hono";
import type { Acting } from "../audit/log.ts";
import { type BoardRow, boardFacts, findBoard } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, forbidden, notFound, unauthenticated } from "../http/errors.ts";

/** The workshop board a facilitator route is about: 404 unseen, 401/403 not the manager. */
export function facilitatedBoard(
  c: Context<AppEnv>,
  opts: { anyMode?: boolean } = {},
): { board: BoardRow; acting: Acting } {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const board = findBoard(db, c.req.param("id") ?? "");
  if (!board || !can(actor, "board.read", boardFacts(board))) throw notFound("boardNotFound");
  const session = c.get("session");
  if (!session) throw unauthenticated();
  if (!can(actor, "board.update", boardFacts(board))) throw forbidden("onlyManagerFacilitates");
  if (board.mode !== "workshop" && !opts.anyMode) throw conflict("notAWorkshop");
  if (board.parentId) throw conflict("tableFollowsWorkshop");
  return { board, acting: { id: session.user.id, name: session.user.name } };
}

/** A workshop and all its topic tables: phase, reveal and posting apply to all of them. */
export function workshopBoardIds(db: Db, boardId: string): string[] {
  return db
    .select({ id: boards.id })
    .from(boards)
    .where(or(eq(boards.id, boardId), eq(boards.parentId, boardId)))
    .all()
    .map((r) => r.id);
}
