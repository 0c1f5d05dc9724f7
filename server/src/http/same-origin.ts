import type { MiddlewareHandler } from "hono";
import { errorBody } from "./errors.ts";
import { requestLocale } from "./locale.ts";
import { httpMessages } from "./messages.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);
const UNSUBSCRIBE = /^\/api\/unsubscribe\/[a-z0-9]+$/;

/**
 * Cross-site request forgery guard for every mutating request, whatever its body type:
 * the browser's Origin must be PUBLIC_URL; without Origin, Sec-Fetch-Site must say
 * same-origin. Requests that carry neither are refused too, so a form or script on
 * another site can never act with a resident's cookie.
 *
 * The refusal of a wrong Origin names PUBLIC_URL: the common cause is not an attack but
 * Quer opened at its listen address (http://127.0.0.1:3000 where PUBLIC_URL says
 * localhost), and the person then needs the address that works. Naming it tells another
 * site nothing it could use: the page it could send people to is PUBLIC_URL itself.
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
      const locale = requestLocale(c);
      const m = httpMessages(locale);
      c.header("Content-Language", locale);
      return c.json(
        origin !== undefined
          ? errorBody("forbidden", m.wrongOrigin(config.publicUrl), undefined, undefined, config.publicUrl)
          : errorBody("forbidden", m.foreignRequest),
        403,
      );
    }
    return next();
  };
}
