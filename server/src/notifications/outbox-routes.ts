import { outbox } from "@quer/db";
import { desc } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { actingManager } from "../moderation/manager.ts";

/** The mails sent or, without SMTP, waiting to be read by the office. Mounted at `/api/moderation`. */
export const outboxRoutes = new Hono<AppEnv>().get("/outbox", (c) => {
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
