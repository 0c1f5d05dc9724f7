import { users } from "@quer/db";
import { type MeAnswer, updateMeInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { requireSession } from "../http/session-middleware.ts";
import { jsonBody } from "../http/validate.ts";
import { blockedContact } from "../moderation/blocked.ts";
import { publicUser } from "./routes.ts";

/**
 * The answer of `GET /api/me`; board pages embed it, so their first cards wait for no
 * request. A blocked person learns it here, with whom to contact.
 */
export function meAnswer(c: Context<AppEnv>): MeAnswer {
  const session = c.get("session");
  if (!session) return { user: null };
  const answer: MeAnswer = { user: publicUser(session.user) };
  if (session.user.locale) answer.locale = session.user.locale;
  if (!session.user.blocked) return answer;
  const { db, config } = c.get("services");
  return { ...answer, blocked: { contact: blockedContact(db, config) } };
}

/** Mounted at `/api/me`, beside the account's routes (`account/routes.ts`). */
export const meRoutes = new Hono<AppEnv>()
  .get("/", (c) => c.json(meAnswer(c)))
  /**
   * The language the account keeps: pages and mails follow it, and so does the app on
   * any browser the person signs in on. Anyone signed in sets their own; a blocked
   * person too (it changes nothing anyone else sees).
   */
  .patch("/", jsonBody(updateMeInput), (c) => {
    const session = requireSession(c);
    const { locale } = c.req.valid("json");
    c.get("services").db.update(users).set({ locale }).where(eq(users.id, session.user.id)).run();
    return c.json({ locale });
  });
