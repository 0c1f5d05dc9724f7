import { createSignal } from "solid-js";
import { type Catalogue, de, type MessageKey } from "./de.ts";
import { en } from "./en.ts";

export const locales = ["de", "en"] as const;
export type Locale = (typeof locales)[number];

const catalogues: Record<Locale, Catalogue> = { de, en };
/** Endonyms, shown in the switch with their own `lang` so screen readers pronounce them right. */
export const localeNames: Record<Locale, string> = { de: "Deutsch", en: "English" };
/** Right-to-left languages get `dir="rtl"`; the CSS uses logical properties only. */
const rtl = new Set<string>(["ar", "fa", "he", "ur"]);
const STORAGE_KEY = "quer.locale";

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

function stored(): Locale {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // Storage can be disabled (private mode, strict settings); German is the default.
  }
  return "de";
}

const [locale, setLocaleSignal] = createSignal<Locale>(stored());

export { locale };

function applyToDocument(value: Locale): void {
  document.documentElement.lang = value;
  document.documentElement.dir = rtl.has(value) ? "rtl" : "ltr";
}
applyToDocument(locale());

export function setLocale(value: Locale): void {
  setLocaleSignal(value);
  applyToDocument(value);
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

export type Params = Record<string, string | number>;

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The message for `key` in the current language; reactive when called inside JSX. */
export function t(key: MessageKey, params?: Params): string {
  return fill(catalogues[locale()][key], params);
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** Count-dependent messages: `base.one` / `base.other`, chosen by the language's plural rules. */
export function tn(base: PluralBase, n: number): string {
  const form = new Intl.PluralRules(locale()).select(n) === "one" ? "one" : "other";
  return t(`${base}.${form}` as MessageKey, { n: n.toLocaleString(locale()) });
}
