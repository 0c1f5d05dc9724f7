import { ideas, statusHistory } from "@quer/db";
import { type StatusContact, statusInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import { projectIdea } from "../boards/projection.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { findIdea } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { notifyStatus } from "../notifications/notify.ts";
import { moderatedIdea } from "./manager.ts";

/** Mounted at `/api/ideas`. */
export const statusRoutes = new Hono<AppEnv>().post("/:id/status", jsonBody(statusInput), (c) => {
  const { item, acting } = moderatedIdea(c);
  const input = c.req.valid("json");
  const { commands, config, db, mailer } = c.get("services");
  const reason = input.reason ? input.reason : null;
  const contact: StatusContact | null = input.contact ?? null;
  const before = {
    status: item.idea.status,
    reason: item.idea.statusReason,
    contact: item.idea.statusContact,
  };
  commands.run((cx) => {
    const now = Date.now();
    cx.db
      .update(ideas)
      .set({ status: input.status, statusReason: reason, statusContact: contact, updatedAt: now })
      .where(eq(ideas.id, item.idea.id))
      .run();
    cx.db
      .insert(statusHistory)
      .values({ ideaId: item.idea.id, status: input.status, reason, contact, at: now })
      .run();
    audit(cx, acting, {
      action: "idea.status",
      target: `idea:${item.idea.id}`,
      reason,
      before,
      after: { status: input.status, reason, contact },
    });
    notifyStatus(
      cx,
      item.idea,
      acting.id,
      { ideaId: item.idea.id, title: item.idea.title, status: input.status, reason, contact },
      config.publicUrl,
    );
    projectIdea(cx, item.idea.id);
    cx.afterCommit(() => void mailer.kick());
  });
  const updated = findIdea(db, item.idea.id);
  if (!updated) throw notFound();
  return c.json({ idea: ideaView(updated, { showTally: true, viewerId: acting.id }) });
});
