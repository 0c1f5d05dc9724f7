import { notifications } from "@quer/db";
import { type FeedbackNotice, markReadInput, type Notice } from "@quer/shared";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { requireSession } from "../http/session-middleware.ts";
import { optionalJsonBody } from "../http/validate.ts";
import { writeInbox } from "./inbox.ts";
import type { StatusNotice } from "./mail-text.ts";

/**
 * A person's notices. Mounted at `/api/notifications`; their e-mail settings are
 * `notice-prefs-routes.ts`, the link to stop mails `unsubscribe-routes.ts`, the office's
 * view of sent mails `outbox-routes.ts`.
 */
export const notificationRoutes = new Hono<AppEnv>()
  .get("/", (c) => {
    const session = requireSession(c);
    const rows = c
      .get("services")
      .db.select()
      .from(notifications)
      .where(eq(notifications.userId, session.user.id))
      .orderBy(desc(notifications.createdAt))
      .limit(100)
      .all();
    const notices: Notice[] = rows.map((row) => {
      if (row.kind === "feedback") {
        return {
          id: row.id,
          ideaId: null,
          kind: "feedback",
          title: "",
          status: "",
          feedback: row.payload as FeedbackNotice,
          createdAt: new Date(row.createdAt).toISOString(),
          read: row.readAt !== null,
        };
      }
      const p = row.payload as StatusNotice;
      const notice: Notice = {
        id: row.id,
        ideaId: row.ideaId,
        kind: row.kind === "project" || row.kind === "approved" ? row.kind : "status",
        title: p.title,
        status: p.status,
        createdAt: new Date(row.createdAt).toISOString(),
        read: row.readAt !== null,
      };
      if (p.reason) notice.reason = p.reason;
      if (p.projectId) notice.projectId = p.projectId;
      return notice;
    });
    return c.json({ notices, unread: notices.filter((n) => !n.read).length });
  })
  .post("/read", optionalJsonBody(markReadInput), (c) => {
    const session = requireSession(c);
    const input = c.req.valid("json") ?? {};
    const { commands } = c.get("services");
    commands.run((cx) => {
      const mine = and(eq(notifications.userId, session.user.id), isNull(notifications.readAt));
      cx.db
        .update(notifications)
        .set({ readAt: Date.now() })
        .where(input.ids ? and(mine, inArray(notifications.id, input.ids)) : mine)
        .run();
      writeInbox(cx, session.user.id);
    });
    return c.json({ ok: true } as const);
  });
