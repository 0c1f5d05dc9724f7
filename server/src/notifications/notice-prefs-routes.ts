import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { users } from "@quer/db";
import { noticePrefsInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { invalid, notFound } from "../http/errors.ts";
import { requireSession } from "../http/session-middleware.ts";
import { jsonBody } from "../http/validate.ts";

function token(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** Whether and how often notices come by e-mail. Mounted at `/api/me`. */
export const noticePrefsRoutes = new Hono<AppEnv>()
  .get("/notices", (c) => {
    const session = requireSession(c);
    const row = c.get("services").db.select().from(users).where(eq(users.id, session.user.id)).get();
    return c.json({ emailNotices: row?.emailNotices ?? "off", hasEmail: !!row?.email });
  })
  .put("/notices", jsonBody(noticePrefsInput), (c) => {
    const session = requireSession(c);
    const { emailNotices } = c.req.valid("json");
    const { db } = c.get("services");
    const row = db.select().from(users).where(eq(users.id, session.user.id)).get();
    if (!row) throw notFound();
    if (emailNotices !== "off" && !row.email) throw invalid("noEmailNoMails");
    db.update(users)
      .set({ emailNotices, unsubscribeToken: row.unsubscribeToken ?? token() })
      .where(eq(users.id, row.id))
      .run();
    return c.json({ emailNotices, hasEmail: !!row.email });
  });
