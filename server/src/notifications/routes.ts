import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { notifications, outbox, users } from "@quer/db";
import { type Notice, noticePrefsInput } from "@quer/shared";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/env.ts";
import { invalid, notFound } from "../http/errors.ts";
import { requireSession } from "../http/session-middleware.ts";
import { readJson, readOptionalJson } from "../http/validate.ts";
import { actingManager } from "../moderation/manager.ts";
import { writeInbox } from "./inbox.ts";
import type { StatusNotice } from "./mail-text.ts";

const markRead = z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional() });

function token(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export const notificationRoutes = new Hono<AppEnv>()
  .get("/notifications", (c) => {
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
      const p = row.payload as StatusNotice;
      const notice: Notice = {
        id: row.id,
        ideaId: row.ideaId,
        kind: row.kind === "project" ? "project" : "status",
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
  .post("/notifications/read", async (c) => {
    const session = requireSession(c);
    const input = (await readOptionalJson(c, markRead)) ?? {};
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
    return c.json({ ok: true });
  })
  .get("/me/notices", (c) => {
    const session = requireSession(c);
    const row = c.get("services").db.select().from(users).where(eq(users.id, session.user.id)).get();
    return c.json({ emailNotices: row?.emailNotices ?? "off", hasEmail: !!row?.email });
  })
  .put("/me/notices", async (c) => {
    const session = requireSession(c);
    const { emailNotices } = await readJson(c, noticePrefsInput);
    const { db } = c.get("services");
    const row = db.select().from(users).where(eq(users.id, session.user.id)).get();
    if (!row) throw notFound();
    if (emailNotices !== "off" && !row.email) throw invalid("Ohne E-Mail-Adresse gibt es keine E-Mails.");
    db.update(users)
      .set({ emailNotices, unsubscribeToken: row.unsubscribeToken ?? token() })
      .where(eq(users.id, row.id))
      .run();
    return c.json({ emailNotices, hasEmail: !!row.email });
  })
  // One-click unsubscribe (RFC 8058): the token is the authority, not a cookie, so this
  // route is exempt from the same-origin rule (mail programs post from nowhere).
  .post("/unsubscribe/:token", (c) => {
    const { db } = c.get("services");
    const secret = c.req.param("token");
    if (!/^[a-z0-9]{32}$/.test(secret)) throw notFound("Dieser Abmelde-Link ist ungültig.");
    const done = db
      .update(users)
      .set({ emailNotices: "off" })
      .where(eq(users.unsubscribeToken, secret))
      .returning({ id: users.id })
      .all();
    if (done.length === 0) throw notFound("Dieser Abmelde-Link ist ungültig.");
    return c.json({ ok: true });
  })
  .get("/moderation/outbox", (c) => {
    actingManager(c);
    const { db, mailer } = c.get("services");
    const mails = db
      .select()
      .from(outbox)
      .orderBy(desc(outbox.createdAt))
      .limit(100)
      .all()
      .map((m) => ({
        id: m.id,
        to: m.to,
        subject: m.subject,
        text: m.text,
        createdAt: new Date(m.createdAt).toISOString(),
        sentAt: m.sentAt ? new Date(m.sentAt).toISOString() : null,
        lastError: m.lastError,
      }));
    return c.json({ smtp: mailer.enabled, mails });
  });
