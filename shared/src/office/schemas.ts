import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { type Locale, locales } from "../i18n/locales.ts";
import { singleLineText } from "../text/schemas.ts";
import { LOGO_ALT_MAX, OFFICE_NAME_MAX } from "./limits.ts";

export * from "./limits.ts";

export const officeName = singleLineText()
  .min(1, issue("nameRequired"))
  .max(OFFICE_NAME_MAX, issue("tooLong"));

export const logoAlt = singleLineText().max(LOGO_ALT_MAX, issue("tooLong"));

/**
 * `PUT /api/office`: the name, the logo's description, the language, any of them; what is
 * left out stays.
 * An empty description is none, which a set logo may not be without.
 */
export const officeInput = z.object({
  name: officeName.optional(),
  logoAlt: logoAlt.optional(),
  locale: z.enum(locales).optional(),
});
export type OfficeInput = z.infer<typeof officeInput>;

/** The office as every page shows it (`GET /api/office`). */
export interface Office {
  name: string;
  /** The office's language: mails to people who never chose one, the seeded welcome board. */
  locale: Locale;
  /** Only when the manager has uploaded one; `url` changes with every new logo. */
  logo?: { url: string; alt: string };
}

export interface OfficeAnswer {
  office: Office;
}
