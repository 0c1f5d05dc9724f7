import { LOCALE_COOKIE } from "@quer/shared/boards/first-render";
import { acceptedLanguages, isLocale, type Locale, locales } from "@quer/shared/i18n/locales";
import type { Context } from "hono";
import { getCookie } from "hono/cookie";
import { parse } from "hono/utils/cookie";
import { readSessionCookie } from "../auth/cookie.ts";
import { officeState } from "../office/settings.ts";
import type { AppEnv } from "./env.ts";

/** The languages the server writes in: all of the contract's. */
export type ServerLocale = Locale;

/**
 * The first of the reader's languages that Quer speaks (`tr-TR` → `tr`), or undefined
 * when it speaks none of them: then the office's language holds, not German by default.
 */
export function acceptedLocale(header: string | undefined | null): Locale | undefined {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    const found = locales.find((l) => l !== "de-x-ls" && l === primary);
    if (found) return found;
  }
  return undefined;
}

/**
 * The reader's language, first found of: the `quer_locale` cookie (the language switch on
 * this browser), the signed-in person's own (kept with the account, so a new browser
 * speaks it at once), the browser's languages (Accept-Language), the office's, German.
 * The session is loaded anyway, with the person's language in the same row.
 */
export function requestLocale(c: Context): ServerLocale {
  const cookie = getCookie(c, LOCALE_COOKIE);
  if (isLocale(cookie)) return cookie;
  const env = c as Context<AppEnv>;
  const services = env.get("services") as AppEnv["Variables"]["services"] | undefined;
  const own = sessionOf(env, services)?.user.locale;
  if (own) return own;
  const accepted = acceptedLocale(c.req.header("accept-language"));
  if (accepted) return accepted;
  return services ? officeState(services.db).locale : "de";
}

/** The request's session: as loaded for the API, or looked up for a page that does not load it. */
function sessionOf(c: Context<AppEnv>, services: AppEnv["Variables"]["services"] | undefined) {
  const loaded = c.get("session") as AppEnv["Variables"]["session"] | undefined;
  if (loaded !== undefined || !services) return loaded;
  return services.sessions.validate(readSessionCookie(c, services.config));
}

/**
 * The same from raw headers, where there is no Hono context (WebSocket upgrades):
 * the cookie, then Accept-Language, then `fallback` (the office's language where known).
 */
export function localeFromCookieHeader(
  cookieHeader: string | undefined,
  acceptLanguage?: string,
  fallback: Locale = "de",
): ServerLocale {
  const value = cookieHeader ? parse(cookieHeader, LOCALE_COOKIE)[LOCALE_COOKIE] : undefined;
  if (isLocale(value)) return value;
  return acceptedLocale(acceptLanguage) ?? fallback;
}
