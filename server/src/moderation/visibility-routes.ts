import { comments, ideas, reports } from "@quer/db";
import { docName, editIdeaInput, hideInput } from "@quer/shared";
import { and, eq, isNull } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { audit } from "../audit/log.ts";
import { projectIdea } from "../boards/projection.ts";
import type { CommandContext } from "../commands.ts";
import { countVisibleComments, findComment } from "../comments/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, notFound } from "../http/errors.ts";
import { readJson } from "../http/validate.ts";
import { findIdea } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { actingManager, moderatedIdea } from "./manager.ts";

function answer(c: Context<AppEnv>, ideaId: string, viewerId: string) {
  const item = findIdea(c.get("services").db, ideaId);
  if (!item) throw notFound();
  return c.json({ idea: ideaView(item, { showTally: true, viewerId }) });
}

/** Open reports about a target are settled by the manager's decision on it. */
function resolveReports(cx: CommandContext, target: string): void {
  cx.db
    .update(reports)
    .set({ resolvedAt: Date.now() })
    .where(and(eq(reports.target, target), isNull(reports.resolvedAt)))
    .run();
}

/** Replaces a co-edited text with the manager's version, as one server edit. */
function replaceText(cx: CommandContext, ideaId: string, field: "title" | "body", value: string): void {
  cx.writeDoc(docName("idea", ideaId), (doc) => {
    const text = doc.getText(field);
    if (text.toString() === value) return;
    text.delete(0, text.length);
    text.insert(0, value);
  });
}

export const visibilityRoutes = new Hono<AppEnv>()
  .post("/ideas/:id/hide", async (c) => {
    const { item, acting } = moderatedIdea(c);
    const { reason } = await readJson(c, hideInput);
    const { commands } = c.get("services");
    commands.run((cx) => {
      const now = Date.now();
      cx.db
        .update(ideas)
        .set({ hiddenReason: reason, hiddenAt: now, updatedAt: now })
        .where(eq(ideas.id, item.idea.id))
        .run();
      resolveReports(cx, `idea:${item.idea.id}`);
      audit(cx, acting, {
        action: "idea.hide",
        target: `idea:${item.idea.id}`,
        reason,
        before: { hidden: item.idea.hiddenAt !== null },
        after: { hidden: true },
      });
      projectIdea(cx, item.idea.id);
    });
    return answer(c, item.idea.id, acting.id);
  })
  .post("/ideas/:id/restore", (c) => {
    const { item, acting } = moderatedIdea(c);
    c.get("services").commands.run((cx) => {
      cx.db
        .update(ideas)
        .set({ hiddenReason: null, hiddenAt: null, updatedAt: Date.now() })
        .where(eq(ideas.id, item.idea.id))
        .run();
      resolveReports(cx, `idea:${item.idea.id}`);
      audit(cx, acting, {
        action: "idea.restore",
        target: `idea:${item.idea.id}`,
        before: { hidden: item.idea.hiddenAt !== null, reason: item.idea.hiddenReason },
        after: { hidden: false },
      });
      projectIdea(cx, item.idea.id);
    });
    return answer(c, item.idea.id, acting.id);
  })
  .post("/ideas/:id/approve", (c) => {
    const { item, acting } = moderatedIdea(c);
    c.get("services").commands.run((cx) => {
      cx.db
        .update(ideas)
        .set({ pending: false, updatedAt: Date.now() })
        .where(eq(ideas.id, item.idea.id))
        .run();
      audit(cx, acting, {
        action: "idea.approve",
        target: `idea:${item.idea.id}`,
        before: { pending: item.idea.pending },
        after: { pending: false },
      });
      projectIdea(cx, item.idea.id);
    });
    return answer(c, item.idea.id, acting.id);
  })
  .patch("/ideas/:id", async (c) => {
    const { item, acting } = moderatedIdea(c);
    const input = await readJson(c, editIdeaInput);
    const { commands, ideaHistory } = c.get("services");
    commands.run((cx) => {
      // The document first: one never opened is seeded from SQL as it was before this edit,
      // and that text is kept as a version before the edit changes it.
      if (input.title !== undefined) replaceText(cx, item.idea.id, "title", input.title);
      if (input.body !== undefined) replaceText(cx, item.idea.id, "body", input.body);
      cx.db
        .update(ideas)
        .set({ ...input, updatedAt: Date.now() })
        .where(eq(ideas.id, item.idea.id))
        .run();
      if (input.title !== undefined || input.body !== undefined) {
        cx.afterCommit(() => ideaHistory.changed(item.idea.id, acting.id));
      }
      audit(cx, acting, {
        action: "idea.edit",
        target: `idea:${item.idea.id}`,
        before: {
          title: input.title !== undefined ? item.idea.title : undefined,
          body: input.body !== undefined ? item.idea.body : undefined,
          commentsLocked: input.commentsLocked !== undefined ? item.idea.commentsLocked : undefined,
        },
        after: input,
      });
      projectIdea(cx, item.idea.id);
    });
    return answer(c, item.idea.id, acting.id);
  })
  .post("/comments/:id/hide", async (c) => {
    const acting = actingManager(c);
    const { reason } = await readJson(c, hideInput);
    const { db, commands } = c.get("services");
    const comment = findComment(db, c.req.param("id"));
    if (!comment) throw notFound("Diesen Kommentar gibt es nicht.");
    if (comment.hiddenAt !== null) throw conflict("Dieser Kommentar ist schon verborgen.");
    commands.run((cx) => {
      cx.db
        .update(comments)
        .set({ hiddenReason: reason, hiddenAt: Date.now() })
        .where(eq(comments.id, comment.id))
        .run();
      cx.db
        .update(ideas)
        .set({ commentCount: countVisibleComments(cx.db, comment.ideaId) })
        .where(eq(ideas.id, comment.ideaId))
        .run();
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
    return c.json({ ok: true });
  })
  .post("/comments/:id/restore", (c) => {
    const acting = actingManager(c);
    const { db, commands } = c.get("services");
    const comment = findComment(db, c.req.param("id"));
    if (!comment) throw notFound("Diesen Kommentar gibt es nicht.");
    commands.run((cx) => {
      cx.db
        .update(comments)
        .set({ hiddenReason: null, hiddenAt: null })
        .where(eq(comments.id, comment.id))
        .run();
      cx.db
        .update(ideas)
        .set({ commentCount: countVisibleComments(cx.db, comment.ideaId) })
        .where(eq(ideas.id, comment.ideaId))
        .run();
      audit(cx, acting, {
        action: "comment.restore",
        target: `comment:${comment.id}`,
        before: { hidden: true },
        after: { hidden: false },
      });
      projectIdea(cx, comment.ideaId);
    });
    return c.json({ ok: true });
  });
