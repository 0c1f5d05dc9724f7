import type { HttpBindings } from "@hono/node-server";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";
import type { Config } from "../config.ts";

/** `__Host-` binds the cookie to this exact origin, but browsers accept it only over https. */
export function cookieName(config: Pick<Config, "secure">): string {
  return config.secure ? "__Host-quer_session" : "quer_session";
}

/**
 * The session token of a request. On Node the Cookie header is read from the request Node
 * parsed: asking Hono's request for a header builds a Fetch `Headers` of every header
 * first, about a tenth of a plain health check's time (docs/performance.md § 14).
 */
export function readSessionCookie(c: Context, config: Config): string | undefined {
  const parsed = (c.env as Partial<HttpBindings> | undefined)?.incoming?.headers;
  if (!parsed) return getCookie(c, cookieName(config));
  return tokenFromCookieHeader(parsed.cookie, config);
}

/**
 * Reads the session token from a raw Cookie header (WebSocket upgrades have no Hono
 * context), with Hono's own parser: a value that is not valid percent-encoding is kept
 * as it came, never thrown.
 */
export function tokenFromCookieHeader(header: string | undefined, config: Config): string | undefined {
  if (!header) return undefined;
  const name = cookieName(config);
  return parse(header, name)[name];
}

export function writeSessionCookie(c: Context, config: Config, token: string, expiresAt: number): void {
  setCookie(c, cookieName(config), token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: config.secure,
    path: "/",
    maxAge: Math.max(0, Math.floor((expiresAt - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(c: Context, config: Config): void {
  deleteCookie(c, cookieName(config), { path: "/", secure: config.secure });
}
