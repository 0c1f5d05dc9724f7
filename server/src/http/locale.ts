import { LOCALE_COOKIE } from "@quer/shared/boards/first-render";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";

/** The languages the server writes in (exports, refusals it words itself). */
export type ServerLocale = "de" | "en";

/**
 * The reader's language as the app tells the server (the `quer_locale` cookie the
 * language switch sets); German, the office's language, otherwise.
 */
export function requestLocale(c: Context): ServerLocale {
  return getCookie(c, LOCALE_COOKIE) === "en" ? "en" : "de";
}

/** The same, from a raw Cookie header: WebSocket upgrades have no Hono context. */
export function localeFromCookieHeader(header: string | undefined): ServerLocale {
  if (!header) return "de";
  return parse(header, LOCALE_COOKIE)[LOCALE_COOKIE] === "en" ? "en" : "de";
}
