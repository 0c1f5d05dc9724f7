/**
 * The languages Quer speaks (the contract's `quer_locale` values). German is the office's
 * language and the default; `de-x-ls` is Leichte Sprache, German in easy-to-read rules,
 * which no browser asks for by itself: people choose it.
 */
export const locales = ["de", "de-x-ls", "en", "tr", "ar", "uk", "ru"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "de";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each language's name in itself, so people find their own in the switch. */
export const localeNames: Record<Locale, string> = {
  de: "Deutsch",
  "de-x-ls": "Leichte Sprache",
  en: "English",
  tr: "Türkçe",
  ar: "العربية",
  uk: "Українська",
  ru: "Русский",
};

/** Right-to-left languages get `dir="rtl"`; the CSS uses logical properties only. */
export function dirOf(value: Locale): "ltr" | "rtl" {
  return value === "ar" ? "rtl" : "ltr";
}

/**
 * The tag `Intl` gets for a language: Leichte Sprache writes dates and numbers as German does.
 */
export function intlTag(value: Locale): string {
  return value === "de-x-ls" ? "de" : value;
}

/**
 * The first of the reader's languages (browser order, `navigator.languages` or
 * Accept-Language) that Quer speaks, matched on the primary subtag (`tr-TR` → `tr`);
 * German when none is.
 */
export function pickLocale(accepted: readonly string[]): Locale {
  for (const tag of accepted) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    const found = locales.find((l) => l !== "de-x-ls" && l === primary);
    if (found) return found;
  }
  return defaultLocale;
}

/** Accept-Language as a list, most wanted first (`q` weights respected, `*` dropped). */
export function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((x) => x.tag !== "" && x.tag !== "*" && x.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((x) => x.tag);
}
