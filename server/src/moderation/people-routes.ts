import { users } from "@quer/db";
import { blockInput, can, peopleQuery } from "@quer/shared";
import { and, eq, sql } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, notFound } from "../http/errors.ts";
import { check, readJson } from "../http/validate.ts";
import { actingManager } from "./manager.ts";

export const peopleRoutes = new Hono<AppEnv>()
  .get("/moderation/people", (c) => {
    actingManager(c);
    const raw = c.req.query("q");
    const { db } = c.get("services");
    const where = raw
      ? sql`${users.name} like ${`%${check(peopleQuery, { q: raw }).q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`} escape '\\'`
      : undefined;
    const people = db
      .select({ id: users.id, name: users.name, role: users.role, blockedAt: users.blockedAt })
      .from(users)
      .where(where ? and(where) : undefined)
      .orderBy(users.name)
      .limit(50)
      .all()
      .map((p) => ({ id: p.id, name: p.name, role: p.role, blocked: p.blockedAt !== null }));
    return c.json({ people });
  })
  .post("/people/:id/block", async (c) => {
    const acting = actingManager(c);
    const { reason } = await readJson(c, blockInput);
    const { db, commands } = c.get("services");
    const person = db
      .select()
      .from(users)
      .where(eq(users.id, c.req.param("id")))
      .get();
    if (!person) throw notFound("Diese Person gibt es nicht.");
    if (!can(c.get("actor"), "person.block", { id: person.id, role: person.role })) {
      throw conflict(
        person.id === acting.id
          ? "Du kannst dich nicht selbst sperren."
          : "Konten der Quartiersmanagerin werden nicht gesperrt.",
      );
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
  .post("/people/:id/unblock", (c) => {
    const acting = actingManager(c);
    const { db, commands } = c.get("services");
    const person = db
      .select()
      .from(users)
      .where(eq(users.id, c.req.param("id")))
      .get();
    if (!person) throw notFound("Diese Person gibt es nicht.");
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
