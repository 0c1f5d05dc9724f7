import { reports, users } from "@quer/db";
import { deskPeopleQuery } from "@quer/shared";
import { and, eq, isNull, sql } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import type { AppEnv } from "../http/env.ts";
import { queryOf } from "../http/validate.ts";
import { ideasPending } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { actingManager } from "./manager.ts";
import { openReports } from "./reports.ts";

/**
 * The manager's desk: what waits for a decision, open reports, people to block. Mounted
 * at `/api/moderation`; the mail outbox beside it is `notifications/outbox-routes.ts`.
 */
export const deskRoutes = new Hono<AppEnv>()
  .get("/queue", (c) => {
    const acting = actingManager(c);
    const { db } = c.get("services");
    const pending = ideasPending(db).map((item) => ideaView(item, { showTally: true, viewerId: acting.id }));
    return c.json({ pending, reports: openReports(db) });
  })
  .post("/reports/:target/dismiss", (c) => {
    const acting = actingManager(c);
    const target = c.req.param("target");
    const open = and(eq(reports.target, target), isNull(reports.resolvedAt));
    c.get("services").commands.run((cx) => {
      const dismissed = cx.db
        .update(reports)
        .set({ resolvedAt: Date.now() })
        .where(open)
        .returning({ id: reports.id })
        .all();
      if (dismissed.length > 0) {
        audit(cx, acting, { action: "report.dismiss", target, after: { dismissed: dismissed.length } });
      }
    });
    return c.json({ ok: true } as const);
  })
  .get("/people", queryOf(deskPeopleQuery), (c) => {
    actingManager(c);
    const { q } = c.req.valid("query");
    const { db } = c.get("services");
    const where = q
      ? sql`${users.name} like ${`%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`} escape '\\'`
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
  });
