import { getConnInfo } from "@hono/node-server/conninfo";
import { can } from "@quer/shared";
import type { Context } from "hono";
import { readSessionCookie } from "../auth/cookie.ts";
import { actorOf } from "../auth/sessions.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, sendError } from "../http/errors.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * A client on this machine: the socket's peer is a loopback address and no proxy
 * forwarded the request. A reverse proxy on the same machine connects from loopback
 * for everyone, so a forwarding header makes the request an outside one (decision 0024).
 */
export function isLoopbackClient(c: Context<AppEnv>): boolean {
  if (c.req.header("forwarded") || c.req.header("x-forwarded-for") || c.req.header("x-real-ip")) return false;
  let remote: string | undefined;
  try {
    remote = getConnInfo(c).remote.address;
  } catch {
    return false;
  }
  return remote !== undefined && LOOPBACK.has(remote.toLowerCase());
}

/** `GET /metrics`: Prometheus text for loopback clients and managers; 404 for everyone else. */
export async function metricsRoute(c: Context<AppEnv>): Promise<Response> {
  const services = c.get("services");
  let allowed = isLoopbackClient(c);
  if (!allowed) {
    const session = services.sessions.validate(readSessionCookie(c, services.config));
    allowed = can(actorOf(session?.user), "metrics.read", null);
  }
  // Not found rather than forbidden: the address tells outsiders nothing.
  if (!allowed) return sendError(c, new AppError("not_found", "unknownRoute"));
  const { text, contentType } = await services.metrics.scrape();
  return c.body(text, 200, { "content-type": contentType, "cache-control": "no-store" });
}
