import type { MiddlewareHandler } from "hono";
import { readSessionCookie } from "../auth/cookie.ts";
import { actorOf } from "../auth/sessions.ts";
import type { AppEnv } from "./env.ts";
import { unauthenticated } from "./errors.ts";

/** Resolves the session cookie (if any) into `session` and `actor`. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { sessions, config } = c.get("services");
  const session = sessions.validate(readSessionCookie(c, config));
  c.set("session", session);
  c.set("actor", actorOf(session?.user));
  await next();
};

export function requireSession(c: Parameters<MiddlewareHandler<AppEnv>>[0]) {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  return session;
}
