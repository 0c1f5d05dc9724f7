import { ideaCoauthors, users } from "@quer/db";
import { can, coauthorCandidatesQuery, seesIdea } from "@quer/shared";
import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, invalid, notFound, rateLimited, unauthenticated } from "../http/errors.ts";
import { queryOf } from "../http/validate.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "./repo.ts";
import { coauthorCandidates } from "./took-part.ts";

/** The idea whose co-authors change; 404 unseen, 401 anonymous, 403 not author or manager. */
function ownIdea(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id") ?? "");
  const board = item && findBoard(db, item.idea.boardId);
  if (!item || !board) throw notFound("ideaNotFound");
  const facts = { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
  // Another's pending or hidden idea is not there for them: 404, as when it does not exist.
  if (!seesIdea(actor, facts.board, facts.idea)) throw notFound("ideaNotFound");
  if (actor.kind === "anonymous") throw unauthenticated();
  if (!can(actor, "idea.coauthors", facts)) throw forbidden("onlyAuthorChoosesCoauthors");
  return { item, actor };
}

/** Mounted at `/api/ideas`. */
export const coauthorRoutes = new Hono<AppEnv>()
  .get("/:id/coauthor-candidates", queryOf(coauthorCandidatesQuery), (c) => {
    const { item, actor } = ownIdea(c);
    const { db, limits } = c.get("services");
    // Each search names people: a script must not page through the neighbourhood.
    const key = `search:${actor.id}`;
    if (!limits.searchesPerPerson.take(key)) {
      throw rateLimited("tooManySearches", limits.searchesPerPerson.retryAfter(key));
    }
    const { q } = c.req.valid("query");
    const exclude = [item.idea.authorId, ...coauthorIdsOf(db, item.idea.id)].filter(
      (id): id is string => !!id,
    );
    const people = coauthorCandidates(db, { boardId: item.idea.boardId, q, askerId: actor.id, exclude });
    return c.json({ people });
  })
  .put("/:id/coauthors/:userId", (c) => {
    const { item } = ownIdea(c);
    const { db, commands } = c.get("services");
    const userId = c.req.param("userId");
    const person = db.select().from(users).where(eq(users.id, userId)).get();
    if (!person || person.role === "guest") throw notFound("personNotFound");
    if (person.id === item.idea.authorId) throw invalid("authorWritesAnyway");
    commands.run((cx) => {
      cx.db
        .insert(ideaCoauthors)
        .values({ ideaId: item.idea.id, userId, addedAt: Date.now() })
        .onConflictDoNothing()
        .run();
      // The board document lists co-authors by name: open idea pages show them at once.
      projectIdea(cx, item.idea.id);
    });
    return c.body(null, 204);
  })
  .delete("/:id/coauthors/:userId", (c) => {
    const { item } = ownIdea(c);
    const { commands } = c.get("services");
    const userId = c.req.param("userId");
    commands.run((cx) => {
      cx.db
        .delete(ideaCoauthors)
        .where(and(eq(ideaCoauthors.ideaId, item.idea.id), eq(ideaCoauthors.userId, userId)))
        .run();
      projectIdea(cx, item.idea.id);
    });
    return c.body(null, 204);
  });
