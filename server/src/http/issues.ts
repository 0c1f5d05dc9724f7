import type { ApiIssue } from "@quer/shared";
import { isIssueKey } from "@quer/shared/http/issue-keys";
import type { z } from "zod";
import ar from "zod/v4/locales/ar.js";
import de from "zod/v4/locales/de.js";
import en from "zod/v4/locales/en.js";
import ru from "zod/v4/locales/ru.js";
import tr from "zod/v4/locales/tr.js";
import uk from "zod/v4/locales/uk.js";
import { issuesAr } from "./issue-messages.ar.ts";
import { issuesDe } from "./issue-messages.de.ts";
import { issuesEn } from "./issue-messages.en.ts";
import { issuesLs } from "./issue-messages.ls.ts";
import { issuesRu } from "./issue-messages.ru.ts";
import { issuesTr } from "./issue-messages.tr.ts";
import type { IssueMessages } from "./issue-messages.types.ts";
import { issuesUk } from "./issue-messages.uk.ts";
import type { ServerLocale } from "./locale.ts";

const catalogues: Record<ServerLocale, IssueMessages> = {
  de: issuesDe,
  "de-x-ls": issuesLs,
  en: issuesEn,
  tr: issuesTr,
  ar: issuesAr,
  uk: issuesUk,
  ru: issuesRu,
};

/**
 * Zod's generic messages in the request's language, from the locales zod ships. Leichte
 * Sprache has none of its own there and takes German.
 */
const zodLocales: Record<ServerLocale, () => { localeError: z.core.$ZodErrorMap }> = {
  de,
  "de-x-ls": de,
  en,
  tr,
  ar,
  uk,
  ru,
};

const errorMaps = new Map<ServerLocale, z.core.$ZodErrorMap>();

/** The per-parse error map for a language (zod's `safeParse(value, { error })`). */
export function zodErrorMap(locale: ServerLocale): z.core.$ZodErrorMap {
  let map = errorMaps.get(locale);
  if (!map) {
    map = zodLocales[locale]().localeError;
    errorMaps.set(locale, map);
  }
  return map;
}

/** A zod issue's message in a language: a shared schema's key from the catalogue, else zod's words. */
export function issueText(issue: z.core.$ZodIssue, locale: ServerLocale): string {
  if (!isIssueKey(issue.message)) return issue.message;
  const text = catalogues[locale][issue.message];
  if (typeof text === "string") return text;
  const limits = issue as { minimum?: unknown; maximum?: unknown };
  return text({ min: Number(limits.minimum ?? 0), max: Number(limits.maximum ?? 0) });
}

export function issuesIn(error: z.ZodError, locale: ServerLocale): ApiIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: issueText(i, locale),
  }));
}
