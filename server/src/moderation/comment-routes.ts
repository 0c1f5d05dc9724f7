import { comments, ideas } from "@quer/db";
import { hideInput, reportInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import { projectIdea } from "../boards/projection.ts";
import { type CommentRow, countVisibleComments, findComment } from "../comments/repo.ts";
import type { Db } from "../db/open.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { actingManager } from "./manager.ts";
import { fileReport, resolveReports } from "./reports.ts";

/** Reporting, hiding and restoring a comment. Mounted at `/api/comments`. */
export const commentModerationRoutes = new Hono<AppEnv>()
  .post("/:id/report", jsonBody(reportInput), (c) => {
    const comment = findComment(c.get("services").db, c.req.param("id"));
    if (!comment || comment.hiddenAt !== null) throw notFound("commentNotFound");
    return fileReport(c, comment.ideaId, `comment:${comment.id}`, c.req.valid("json").reason);
  })
  .post("/:id/hide", jsonBody(hideInput), (c) => {
    const acting = actingManager(c);
    const { reason } = c.req.valid("json");
    const { db, commands } = c.get("services");
    const comment = findComment(db, c.req.param("id"));
    if (!comment) throw notFound("commentNotFound");
    if (comment.hiddenAt !== null) throw conflict("commentAlreadyHidden");
    commands.run((cx) => {
      setHidden(cx.db, comment, { hiddenReason: reason, hiddenAt: Date.now() });
      resolveReports(cx, `comment:${comment.id}`);
      audit(cx, acting, {
        action: "comment.hide",
        target: `comment:${comment.id}`,
        reason,
        before: { body: comment.body },
        after: { hidden: true },
      });
      projectIdea(cx, comment.ideaId);
    });
    return c.json({ ok: true } as const);
  })
  .post("/:id/restore", (c) => {
    const acting = actingManager(c);
    const { db, commands } = c.get("services");
    const comment = findComment(db, c.req.param("id"));
    if (!comment) throw notFound("commentNotFound");
    commands.run((cx) => {
      setHidden(cx.db, comment, { hiddenReason: null, hiddenAt: null });
      audit(cx, acting, {
        action: "comment.restore",
        target: `comment:${comment.id}`,
        before: { hidden: true },
        after: { hidden: false },
      });
      projectIdea(cx, comment.ideaId);
    });
    return c.json({ ok: true } as const);
  });

/** Hides or shows a comment and recounts its idea's visible comments. */
function setHidden(
  db: Db,
  comment: CommentRow,
  hidden: { hiddenReason: string | null; hiddenAt: number | null },
): void {
  db.update(comments).set(hidden).where(eq(comments.id, comment.id)).run();
  db.update(ideas)
    .set({ commentCount: countVisibleComments(db, comment.ideaId) })
    .where(eq(ideas.id, comment.ideaId))
    .run();
}
