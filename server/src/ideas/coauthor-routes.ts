import { ideaCoauthors, users } from "@quer/db";
import { can, peopleQuery, seesIdea } from "@quer/shared";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, invalid, notFound, unauthenticated } from "../http/errors.ts";
import { check } from "../http/validate.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "./repo.ts";

/** The idea whose co-authors change; 404 unseen, 401 anonymous, 403 not author or manager. */
function ownIdea(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id") ?? "");
  const board = item && findBoard(db, item.idea.boardId);
  if (!item || !board) throw notFound("Diese Idee gibt es nicht.");
  const facts = { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
  // Another's pending or hidden idea is not there for them: 404, as when it does not exist.
  if (!seesIdea(actor, facts.board, facts.idea)) throw notFound("Diese Idee gibt es nicht.");
  if (actor.kind === "anonymous") throw unauthenticated();
  if (!can(actor, "idea.coauthors", facts))
    throw forbidden("Nur die Autorin oder der Autor kann Mitschreibende wählen.");
  return item;
}

export const coauthorRoutes = new Hono<AppEnv>()
  .put("/ideas/:id/coauthors/:userId", (c) => {
    const item = ownIdea(c);
    const { db, commands } = c.get("services");
    const userId = c.req.param("userId");
    const person = db.select().from(users).where(eq(users.id, userId)).get();
    if (!person || person.role === "guest") throw notFound("Diese Person gibt es nicht.");
    if (person.id === item.idea.authorId) throw invalid("Die Autorin oder der Autor schreibt ohnehin mit.");
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
  .delete("/ideas/:id/coauthors/:userId", (c) => {
    const item = ownIdea(c);
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
  })
  .get("/people", (c) => {
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated();
    if (!can(actor, "people.search", null)) throw forbidden();
    const { q } = check(peopleQuery, { q: c.req.query("q") ?? "" });
    const pattern = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    const people = c
      .get("services")
      .db.select({ id: users.id, name: users.name })
      .from(users)
      .where(
        and(
          sql`${users.name} like ${pattern} escape '\\'`,
          ne(users.role, "guest"),
          isNull(users.blockedAt),
          ne(users.id, actor.id),
        ),
      )
      .orderBy(users.name)
      .limit(10)
      .all();
    return c.json({ people });
  });
