import { ideas, statusHistory } from "@quer/db";
import { can, createIdeaInput, talliesVisible } from "@quer/shared";
import { Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, invalid, notFound, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { jsonBody } from "../http/validate.ts";
import { newId } from "../ids.ts";
import { idempotencyKey, remember, replayed } from "./idempotency.ts";
import { findIdea } from "./repo.ts";
import { ideaView } from "./view.ts";

/** Posting an idea on a board. Mounted at `/api/boards`, beside the board's own routes. */
export const boardIdeaRoutes = new Hono<AppEnv>().post("/:id/ideas", jsonBody(createIdeaInput), async (c) => {
  const { db, commands } = c.get("services");
  const actor = c.get("actor");
  const board = findBoard(db, c.req.param("id"));
  if (!board || !can(actor, "board.read", boardFacts(board))) throw notFound("boardNotFound");
  if (actor.kind === "anonymous") throw unauthenticated("signInToPost");
  if (!can(actor, "idea.create", boardFacts(board))) {
    throw forbidden(board.postingOpen ? "cannotPostHere" : "postingClosed");
  }
  limitWrites(c.get("services").limits.writesPerPerson, actor.id);
  const input = c.req.valid("json");
  let category: string | null = null;
  if (input.category !== undefined) {
    const match = board.categories.find((k) => k.toLowerCase() === input.category?.toLowerCase());
    if (!match) {
      throw invalid("unknownCategory", [
        {
          path: ["category"],
          message:
            board.categories.length > 0
              ? { key: "allowedCategories", params: { categories: board.categories.join(", ") } }
              : "noCategories",
        },
      ]);
    }
    category = match;
  }
  const manager = can(actor, "board.update", boardFacts(board));
  const showTally = talliesVisible(boardView(board, 0), manager);
  const key = idempotencyKey(c.req.header("idempotency-key"));
  const earlier = key ? replayed(db, actor.id, key) : undefined;
  if (earlier) return c.json({ idea: ideaView(earlier, { showTally, mine: 0, viewerId: actor.id }) }, 201);
  const now = Date.now();
  let id = newId();
  try {
    await commands.runBatched((cx) => {
      // The key is stored with the idea in one transaction: a retry after a lost answer
      // finds it, even across a crash, and the idea exists exactly once.
      if (key) remember(cx, actor.id, key, id);
      cx.db
        .insert(ideas)
        .values({
          id,
          boardId: board.id,
          authorId: actor.id,
          title: input.title,
          body: input.body ?? "",
          kind: input.kind ?? "idea",
          category,
          status: "new",
          pending: board.moderation === "pre" && !manager,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      cx.db.insert(statusHistory).values({ ideaId: id, status: "new", at: now }).run();
      projectIdea(cx, id);
    });
  } catch (error) {
    // Two copies of one request raced; the other one committed first.
    const winner = key ? replayed(db, actor.id, key) : undefined;
    if (!winner) throw error;
    id = winner.idea.id;
  }
  const item = findIdea(db, id);
  if (!item) throw notFound();
  return c.json({ idea: ideaView(item, { showTally, mine: 0, viewerId: actor.id }) }, 201);
});
