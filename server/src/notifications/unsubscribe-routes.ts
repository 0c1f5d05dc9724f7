import { users } from "@quer/db";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";

/** Mounted at `/api/unsubscribe`. */
export const unsubscribeRoutes = new Hono<AppEnv>()
  // One-click unsubscribe (RFC 8058): the token is the authority, not a cookie, so this
  // route is exempt from the same-origin rule (mail programs post from nowhere).
  .post("/:token", (c) => {
    const { db } = c.get("services");
    const secret = c.req.param("token");
    if (!/^[a-z0-9]{32}$/.test(secret)) throw notFound("unsubscribeInvalid");
    const done = db
      .update(users)
      .set({ emailNotices: "off" })
      .where(eq(users.unsubscribeToken, secret))
      .returning({ id: users.id })
      .all();
    if (done.length === 0) throw notFound("unsubscribeInvalid");
    return c.json({ ok: true } as const);
  });
