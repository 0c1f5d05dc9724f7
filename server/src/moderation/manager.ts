import { can, seesIdea } from "@quer/shared";
import type { Context } from "hono";
import type { Acting } from "../audit/log.ts";
import { type BoardRow, boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { coauthorIdsOf, findIdea, type IdeaWithAuthor, ideaFacts } from "../ideas/repo.ts";

/** The signed-in manager acting, or 401 / 403. */
export function actingManager(c: Context<AppEnv>): Acting {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  if (!can(c.get("actor"), "people.manage", null)) throw forbidden("managersTask");
  return { id: session.user.id, name: session.user.name };
}

/** An idea this person may see (404 otherwise), with its board. */
export function visibleIdea(c: Context<AppEnv>, id: string): { item: IdeaWithAuthor; board: BoardRow } {
  const { db } = c.get("services");
  const item = findIdea(db, id);
  const board = item && findBoard(db, item.idea.boardId);
  if (!item || !board) throw notFound("ideaNotFound");
  const facts = ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id));
  if (!seesIdea(c.get("actor"), boardFacts(board), facts)) throw notFound("ideaNotFound");
  return { item, board };
}

/**
 * The idea a moderation route is about: 404 to those who may not see it, 401/403 to
 * those who see it but are not managers (contract).
 */
export function moderatedIdea(c: Context<AppEnv>): { item: IdeaWithAuthor; board: BoardRow; acting: Acting } {
  const found = visibleIdea(c, c.req.param("id") ?? "");
  return { ...found, acting: actingManager(c) };
}
