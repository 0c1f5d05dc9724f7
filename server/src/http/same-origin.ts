import type { MiddlewareHandler } from "hono";
import { errorBody } from "./errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const UNSUBSCRIBE = /^\/api\/unsubscribe\/[a-z0-9]+$/;

/**
 * Cross-site request forgery guard for every mutating request, whatever its body type:
 * the browser's Origin must be PUBLIC_URL; without Origin, Sec-Fetch-Site must say
 * same-origin. Requests that carry neither are refused too, so a form or script on
 * another site can never act with a resident's cookie.
 */
export function sameOrigin(config: { readonly publicUrl: string }): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    // One-click unsubscribe links carry their own secret and no cookie; mail programs
    // post them without an Origin.
    if (UNSUBSCRIBE.test(c.req.path)) return next();
    const origin = c.req.header("origin");
    const allowed =
      origin !== undefined ? origin === config.publicUrl : c.req.header("sec-fetch-site") === "same-origin";
    if (!allowed) {
      return c.json(
        errorBody("forbidden", "Anfrage von fremder Herkunft abgelehnt (Origin passt nicht)."),
        403,
      );
    }
    return next();
  };
}
