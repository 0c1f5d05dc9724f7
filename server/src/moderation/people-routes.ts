import { users } from "@quer/db";
import { blockInput, can } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { actingManager } from "./manager.ts";

/** Blocking a person and lifting it. Mounted at `/api/people`; the desk's list is `desk-routes.ts`. */
export const peopleRoutes = new Hono<AppEnv>()
  .post("/:id/block", jsonBody(blockInput), (c) => {
    const acting = actingManager(c);
    const { reason } = c.req.valid("json");
    const { db, commands } = c.get("services");
    const person = db
      .select()
      .from(users)
      .where(eq(users.id, c.req.param("id")))
      .get();
    if (!person) throw notFound("personNotFound");
    if (!can(c.get("actor"), "person.block", { id: person.id, role: person.role })) {
      throw conflict(person.id === acting.id ? "cannotBlockSelf" : "managersNotBlocked");
    }
    commands.run((cx) => {
      cx.db.update(users).set({ blockedAt: Date.now() }).where(eq(users.id, person.id)).run();
      audit(cx, acting, {
        action: "person.block",
        target: `person:${person.id}`,
        reason: reason ?? null,
        before: { blocked: person.blockedAt !== null },
        after: { blocked: true },
      });
    });
    return c.json({ person: { id: person.id, name: person.name, role: person.role, blocked: true } });
  })
  .post("/:id/unblock", (c) => {
    const acting = actingManager(c);
    const { db, commands } = c.get("services");
    const person = db
      .select()
      .from(users)
      .where(eq(users.id, c.req.param("id")))
      .get();
    if (!person) throw notFound("personNotFound");
    commands.run((cx) => {
      cx.db.update(users).set({ blockedAt: null }).where(eq(users.id, person.id)).run();
      audit(cx, acting, {
        action: "person.unblock",
        target: `person:${person.id}`,
        before: { blocked: person.blockedAt !== null },
        after: { blocked: false },
      });
    });
    return c.json({ person: { id: person.id, name: person.name, role: person.role, blocked: false } });
  });
