import { createHash } from "node:crypto";
import { officeSettings } from "@quer/db";
import type { LogoType, Office } from "@quer/shared";
import { isLocale, type Locale } from "@quer/shared/i18n/locales";
import { eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { officeMessages } from "./messages.ts";

/** The row's id: there is one office. */
const ROW = 1;

/** The path a logo is served at: its hash is in it, so a new logo is a new address. */
export const logoPath = (hash: string) => `/api/office/logo/${hash}`;

/** The office's settings as every page needs them, and the logo's bytes to serve. */
export interface OfficeState {
  office: Office;
  /** Whether the manager has named the office (otherwise `office.name` is the default). */
  named: boolean;
  /** The logo's description, kept even while there is no logo (it may come next). */
  logoAlt: string;
  logo: { bytes: Buffer; type: LogoType; hash: string } | null;
  /** The office's language: for readers whose own language Quer does not speak. */
  locale: Locale;
}

/**
 * Every page shows the office (the header of each server-rendered view and each
 * `GET /api/office`), so it is read from SQL once and kept; the routes that change it
 * replace the copy after their commit. One process owns the database, so nothing else
 * can change the row behind its back.
 */
const cache = new WeakMap<Db, OfficeState>();

function read(db: Db): OfficeState {
  const row = db.select().from(officeSettings).where(eq(officeSettings.id, ROW)).get();
  // The office's own name, in its own language, whatever language the page is in.
  const name = row?.name || officeMessages("de").defaultName;
  const logo =
    row?.logo && row.logoHash && row.logoType
      ? { bytes: row.logo, type: row.logoType as LogoType, hash: row.logoHash }
      : null;
  // A value no longer known (a language taken out) reads as the default, German.
  const locale: Locale = isLocale(row?.locale) ? row.locale : "de";
  const office: Office = { name, locale };
  if (logo) office.logo = { url: logoPath(logo.hash), alt: row?.logoAlt ?? "" };
  return { office, named: !!row?.name, logoAlt: row?.logoAlt ?? "", logo, locale };
}

export function officeState(db: Db): OfficeState {
  let state = cache.get(db);
  if (!state) {
    state = read(db);
    cache.set(db, state);
  }
  return state;
}

/** Reads the row again: after a committed change (or a rolled-back one, to be sure). */
export function refreshOffice(db: Db): OfficeState {
  cache.delete(db);
  return officeState(db);
}

/** The office's language: mails to people who never chose one, the seeded welcome board. */
export function officeLocale(db: Db): Locale {
  return officeState(db).office.locale;
}

/**
 * The language a person is written to in: their own once they chose one, the office's
 * otherwise (German unless the office set another).
 */
export function readerLocale(db: Db, own: string | null | undefined): Locale {
  return isLocale(own) ? own : officeLocale(db);
}

/** What the audit log keeps of the settings: no bytes, the logo by its hash. */
export function auditView(state: OfficeState) {
  return {
    name: state.named ? state.office.name : null,
    logo: state.logo?.hash ?? null,
    logoAlt: state.logoAlt || null,
    locale: state.office.locale,
  };
}

/** Short and enough to tell logos apart: the address changes when the bytes do. */
export function logoHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64url").slice(0, 22);
}

/**
 * The office's language from the configuration, written once: when none is stored yet.
 * Afterwards the manager's choice in the app stands, whatever the configuration says.
 */
export function seedOfficeLocale(db: Db, locale: Locale): void {
  db.insert(officeSettings)
    .values({ id: ROW, locale })
    .onConflictDoUpdate({ target: officeSettings.id, set: { locale }, where: isNull(officeSettings.locale) })
    .run();
  refreshOffice(db);
}

type Changes = Partial<Omit<typeof officeSettings.$inferInsert, "id">>;

/** Writes the one row (made on the first change), with who changed it and when. */
export function writeOffice(db: Db, actorId: string, changes: Changes): void {
  const set = { ...changes, updatedBy: actorId, updatedAt: Date.now() };
  db.insert(officeSettings)
    .values({ id: ROW, ...set })
    .onConflictDoUpdate({ target: officeSettings.id, set })
    .run();
}
