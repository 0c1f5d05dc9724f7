import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { AppEnv } from "../http/env.ts";
import type { Services } from "../services.ts";

/** Methods that change something: their API routes are commands. */
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * The route pattern that answered, never the path: `/api/ideas/:id/vote` keeps ids out of
 * logs and the metrics' labels bounded. The API's and the pages' fallbacks share one name.
 */
function routeOf(pattern: string): string {
  if (pattern === "" || pattern === "/api/*" || pattern === "*" || pattern === "/*") return "unmatched";
  return pattern;
}

/** Reads the error code of a refused command from its JSON body without consuming it. */
async function outcomeOf(res: Response): Promise<string> {
  if (res.status < 400) return "ok";
  try {
    const body = (await res.clone().json()) as { error?: { code?: unknown } };
    const code = body.error?.code;
    return typeof code === "string" ? code : String(res.status);
  } catch {
    return String(res.status);
  }
}

/**
 * One log line and the metrics of every request: method, route pattern, status and time.
 * No address, cookie, query string or id (decision 0024).
 */
export function observe(services: Services): MiddlewareHandler<AppEnv> {
  const { log, metrics } = services;
  return async (c, next) => {
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const method = c.req.method;
    const route = routeOf(routePath(c));
    const status = c.res.status;
    metrics.httpRequests.inc({ method, route, status });
    metrics.httpDuration.observe({ method, route }, seconds);
    const ms = Math.round(seconds * 10_000) / 10;
    if (WRITES.has(method) && route.startsWith("/api/")) {
      const command = `${method} ${route}`;
      const outcome = await outcomeOf(c.res);
      metrics.commands.inc({ command, outcome });
      if (log.isLevelEnabled("info")) log.info({ method, route, status, ms, command, outcome }, "request");
    } else if (log.isLevelEnabled("info")) {
      log.info({ method, route, status, ms }, "request");
    }
  };
}
