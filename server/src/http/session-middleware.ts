import type { MiddlewareHandler } from "hono";
import { readSessionCookie, writeSessionCookie } from "../auth/cookie.ts";
import { actorOf } from "../auth/sessions.ts";
import type { AppEnv } from "./env.ts";
import { unauthenticated } from "./errors.ts";

/** Resolves the session cookie (if any) into `session` and `actor`. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { sessions, config } = c.get("services");
  const token = readSessionCookie(c, config);
  const session = sessions.validate(token);
  // A sliding idle expiry needs the cookie to slide with it.
  if (session?.refreshed && token) writeSessionCookie(c, config, token, session.expiresAt);
  c.set("session", session);
  c.set("actor", actorOf(session?.user));
  await next();
};

export function requireSession(c: Parameters<MiddlewareHandler<AppEnv>>[0]) {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  return session;
}
