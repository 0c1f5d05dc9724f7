import type { MeAnswer } from "@quer/shared";
import { type Context, Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { blockedContact } from "../moderation/blocked.ts";
import { publicUser } from "./routes.ts";

/**
 * The answer of `GET /api/me`; board pages embed it, so their first cards wait for no
 * request. A blocked person learns it here, with whom to contact.
 */
export function meAnswer(c: Context<AppEnv>): MeAnswer {
  const session = c.get("session");
  if (!session) return { user: null };
  const user = publicUser(session.user);
  if (!session.user.blocked) return { user };
  const { db, config } = c.get("services");
  return { user, blocked: { contact: blockedContact(db, config) } };
}

/** Mounted at `/api/me`, beside the account's routes (`account/routes.ts`). */
export const meRoutes = new Hono<AppEnv>().get("/", (c) => c.json(meAnswer(c)));
