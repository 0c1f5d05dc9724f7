import { LOCALE_COOKIE } from "@quer/shared/boards/first-render";
import { isLocale, type Locale } from "@quer/shared/i18n/locales";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";

/** The languages the server writes in: all of the contract's. */
export type ServerLocale = Locale;

/**
 * The reader's language as the app tells the server (the `quer_locale` cookie the
 * language switch sets); German, the office's language, otherwise.
 */
export function requestLocale(c: Context): ServerLocale {
  const value = getCookie(c, LOCALE_COOKIE);
  return isLocale(value) ? value : "de";
}

/** The same, from a raw Cookie header: WebSocket upgrades have no Hono context. */
export function localeFromCookieHeader(header: string | undefined): ServerLocale {
  if (!header) return "de";
  const value = parse(header, LOCALE_COOKIE)[LOCALE_COOKIE];
  return isLocale(value) ? value : "de";
}
