import { users } from "@quer/db";
import { can, peopleQuery } from "@quer/shared";
import { and, isNull, ne, sql } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { forbidden, unauthenticated } from "../http/errors.ts";
import { queryOf } from "../http/validate.ts";

/**
 * People an author may add as co-authors, by name (`?q=`). Mounted at `/api/people`,
 * beside the manager's routes for a person.
 */
export const peopleSearchRoutes = new Hono<AppEnv>().get("/", queryOf(peopleQuery), (c) => {
  const actor = c.get("actor");
  if (actor.kind === "anonymous") throw unauthenticated();
  if (!can(actor, "people.search", null)) throw forbidden();
  const { q } = c.req.valid("query");
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
