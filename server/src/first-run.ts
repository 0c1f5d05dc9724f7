import { boards } from "@quer/db";
import type { Locale } from "@quer/shared/i18n/locales";
import { count } from "drizzle-orm";
import { createBoard } from "./boards/service.ts";
import type { Db } from "./db/open.ts";
import { officeLocale, seedOfficeLocale } from "./office/settings.ts";
import { welcomeMessages } from "./welcome/messages.ts";

/**
 * At every start: the configured language becomes the office's if none is stored yet, and
 * an empty database gets one open board, in the office's language, so the first visitor
 * sees where to start. The board's texts are written once; they stay as they are when
 * the office's language changes later, as every board's own texts do.
 */
export function ensureWelcomeBoard(db: Db, configured: Locale | null = null): boolean {
  if (configured) seedOfficeLocale(db, configured);
  const existing = db.select({ n: count() }).from(boards).get();
  if ((existing?.n ?? 0) > 0) return false;
  const m = welcomeMessages(officeLocale(db));
  createBoard(db, { title: m.title, description: m.description, categories: m.categories }, null);
  return true;
}
