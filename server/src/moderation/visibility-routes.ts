import { ideas } from "@quer/db";
import { docName, editIdeaInput, hideInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { audit } from "../audit/log.ts";
import { projectIdea } from "../boards/projection.ts";
import type { CommandContext } from "../commands.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { findIdea } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { notifyApproved } from "../notifications/notify.ts";
import { moderatedIdea } from "./manager.ts";
import { resolveReports } from "./reports.ts";

function answer(c: Context<AppEnv>, ideaId: string, viewerId: string) {
  const item = findIdea(c.get("services").db, ideaId);
  if (!item) throw notFound();
  return c.json({ idea: ideaView(item, { showTally: true, viewerId }) });
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

/** Hiding, restoring, approving and editing an idea. Mounted at `/api/ideas`; a comment's are `comment-routes.ts`. */
export const visibilityRoutes = new Hono<AppEnv>()
  .post("/:id/hide", jsonBody(hideInput), (c) => {
    const { item, acting } = moderatedIdea(c);
    const { reason } = c.req.valid("json");
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
  .post("/:id/restore", (c) => {
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
  .post("/:id/approve", (c) => {
    const { item, acting } = moderatedIdea(c);
    const { commands, config, mailer } = c.get("services");
    commands.run((cx) => {
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
      // Approving twice tells no one twice.
      if (item.idea.pending) {
        notifyApproved(cx, item.idea, acting.id, config.publicUrl);
        cx.afterCommit(() => void mailer.kick());
      }
      projectIdea(cx, item.idea.id);
    });
    return answer(c, item.idea.id, acting.id);
  })
  .patch("/:id", jsonBody(editIdeaInput), (c) => {
    const { item, acting } = moderatedIdea(c);
    const input = c.req.valid("json");
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
  });
