import { comments, ideas } from "@quer/db";
import { can, createCommentInput, seesIdea } from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, invalid, notFound, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { jsonBody } from "../http/validate.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { commentsOf, commentView, countVisibleComments, findComment } from "./repo.ts";

/** The idea a comment route is about, if this person may see it (404 otherwise). */
function visibleIdea(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id") ?? "");
  const board = item && findBoard(db, item.idea.boardId);
  if (!item || !board) throw notFound("ideaNotFound");
  const facts = { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
  if (!seesIdea(actor, facts.board, facts.idea)) throw notFound("ideaNotFound");
  return { item, board, facts };
}

/** Mounted at `/api/ideas`. */
export const commentRoutes = new Hono<AppEnv>()
  .get("/:id/comments", (c) => {
    const { item } = visibleIdea(c);
    const actor = c.get("actor");
    const viewerId = actor.kind === "anonymous" ? null : actor.id;
    return c.json({ comments: commentsOf(c.get("services").db, item.idea.id, viewerId) });
  })
  .post("/:id/comments", jsonBody(createCommentInput), async (c) => {
    const { item, facts } = visibleIdea(c);
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated("signInToComment");
    if (!can(actor, "comment.create", facts)) throw forbidden("cannotComment");
    if (item.idea.commentsLocked && !can(actor, "idea.moderate", facts)) {
      throw forbidden("commentsClosed");
    }
    limitWrites(c.get("services").limits.writesPerPerson, actor.id);
    const input = c.req.valid("json");
    const { db, commands } = c.get("services");
    if (input.parentId !== undefined) {
      const parent = findComment(db, input.parentId);
      if (!parent || parent.ideaId !== item.idea.id || parent.hiddenAt !== null) {
        throw invalid("cannotReplyHere", [{ path: ["parentId"], message: "unknownComment" }]);
      }
      if (parent.parentId !== null) {
        throw invalid("repliesOnlyToComments", [{ path: ["parentId"], message: "oneLevelOfReplies" }]);
      }
    }
    const id = newId();
    const row = commands.run((cx) => {
      cx.db
        .insert(comments)
        .values({
          id,
          ideaId: item.idea.id,
          authorId: actor.id,
          parentId: input.parentId ?? null,
          body: input.body,
          createdAt: Date.now(),
        })
        .run();
      // The count on the board moves in the same transaction; open idea pages see it and reload.
      cx.db
        .update(ideas)
        .set({ commentCount: countVisibleComments(cx.db, item.idea.id) })
        .where(eq(ideas.id, item.idea.id))
        .run();
      projectIdea(cx, item.idea.id);
      return findComment(cx.db, id);
    });
    if (!row) throw notFound();
    return c.json({ comment: commentView(row, nameOf(c), actor.id) }, 201);
  });

function nameOf(c: Context<AppEnv>): string | null {
  return c.get("session")?.user.name ?? null;
}
