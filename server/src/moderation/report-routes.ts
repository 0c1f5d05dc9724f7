import { reports } from "@quer/db";
import { can, type ReportSummary, reportInput } from "@quer/shared";
import { and, asc, eq, isNull } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { audit } from "../audit/log.ts";
import { boardFacts } from "../boards/repo.ts";
import { findComment } from "../comments/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { readJson } from "../http/validate.ts";
import { ideaFacts, ideasPending } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { newId } from "../ids.ts";
import { actingManager, visibleIdea } from "./manager.ts";

async function fileReport(c: Context<AppEnv>, ideaId: string, target: string) {
  const { item, board } = visibleIdea(c, ideaId);
  const actor = c.get("actor");
  if (actor.kind === "anonymous") throw unauthenticated("Bitte melde dich an, um etwas zu melden.");
  if (!can(actor, "idea.report", { board: boardFacts(board), idea: ideaFacts(item.idea) })) {
    throw forbidden("Du kannst hier nichts melden.");
  }
  limitWrites(c.get("services").limits.writesPerPerson, actor.id);
  const { reason } = await readJson(c, reportInput);
  // The unique index (target, reporter) makes a repeated report count once.
  c.get("services")
    .db.insert(reports)
    .values({
      id: newId(),
      target,
      ideaId: item.idea.id,
      reporterId: actor.id,
      reason,
      createdAt: Date.now(),
    })
    .onConflictDoNothing()
    .run();
  return c.json({ ok: true }, 201);
}

export const reportRoutes = new Hono<AppEnv>()
  .post("/ideas/:id/report", (c) => fileReport(c, c.req.param("id"), `idea:${c.req.param("id")}`))
  .post("/comments/:id/report", async (c) => {
    const comment = findComment(c.get("services").db, c.req.param("id"));
    if (!comment || comment.hiddenAt !== null) throw notFound("Diesen Kommentar gibt es nicht.");
    return fileReport(c, comment.ideaId, `comment:${comment.id}`);
  })
  .get("/moderation/queue", (c) => {
    const acting = actingManager(c);
    const { db } = c.get("services");
    const pending = ideasPending(db).map((item) => ideaView(item, { showTally: true, viewerId: acting.id }));
    const open = db
      .select()
      .from(reports)
      .where(isNull(reports.resolvedAt))
      .orderBy(asc(reports.createdAt))
      .all();
    const grouped = new Map<string, ReportSummary>();
    for (const r of open) {
      const entry = grouped.get(r.target) ?? { target: r.target, ideaId: r.ideaId, count: 0, reasons: [] };
      if (r.target.startsWith("comment:")) entry.commentId = r.target.slice("comment:".length);
      entry.count += 1;
      entry.reasons.push(r.reason);
      grouped.set(r.target, entry);
    }
    return c.json({ pending, reports: [...grouped.values()].sort((a, b) => b.count - a.count) });
  })
  .post("/moderation/reports/:target/dismiss", (c) => {
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
    return c.json({ ok: true });
  });
