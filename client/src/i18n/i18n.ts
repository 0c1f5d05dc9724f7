import { LOCALE_COOKIE } from "@quer/shared/boards/first-render";
import {
  dirOf,
  intlTag,
  isLocale,
  type Locale,
  localeNames,
  locales,
  pickLocale,
} from "@quer/shared/i18n/locales";
import { createSignal } from "solid-js";
import { type Catalogue, de, type MessageKey } from "./de.ts";

export { dirOf, intlTag, isLocale, type Locale, localeNames, locales };

/** German as far as loaded: the entry script's catalogue and what features have added. */
const german: Record<string, string> = { ...de };

/**
 * German, the default, comes with the entry script; every other catalogue is a chunk of
 * its own that loads when it is chosen, so a first visit on a slow phone downloads only
 * the language it shows.
 */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  de: async () => german as Catalogue,
  "de-x-ls": () => import("./ls.ts").then((m) => m.ls),
  en: () => import("./en.ts").then((m) => m.en),
  tr: () => import("./tr.ts").then((m) => m.tr),
  ar: () => import("./ar.ts").then((m) => m.ar),
  uk: () => import("./uk.ts").then((m) => m.uk),
  ru: () => import("./ru.ts").then((m) => m.ru),
};
const catalogues: Partial<Record<Locale, Catalogue>> = { de: german as Catalogue };

/**
 * Adds a feature's German messages, which the entry script does not carry: a board opened
 * from a link shows none of them, and on a slow phone network every kilobyte delays its
 * first cards. The feature's `messages.ts` calls this when it loads, and every file that
 * shows one of its messages imports that module, so they are there before anything
 * renders. Other languages' catalogues are loaded whole.
 */
export function addGerman(messages: Readonly<Record<string, string>>): void {
  Object.assign(german, messages);
}
const STORAGE_KEY = "quer.locale";

/** The language chosen on an earlier visit, if any. */
function stored(): Locale | undefined {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (isLocale(value)) return value;
  } catch {
    // Storage can be disabled (private mode, strict settings); German is the default.
  }
  return undefined;
}

// German until another catalogue is in: `t()` never has to wait.
const [locale, setLocaleSignal] = createSignal<Locale>("de");

export { locale };

function applyToDocument(value: Locale): void {
  document.documentElement.lang = value;
  document.documentElement.dir = dirOf(value);
}

/** The language the server was last told, if it was. */
function toldServer(): string | undefined {
  const prefix = `${LOCALE_COOKIE}=`;
  return document.cookie
    .split("; ")
    .find((c) => c.startsWith(prefix))
    ?.slice(prefix.length);
}

/** The choice as a cookie too, for the server's render of a board page; storage stays the source of truth. */
function tellServer(value: Locale): void {
  const secure = location.protocol === "https:" ? "; secure" : "";
  // biome-ignore lint/suspicious/noDocumentCookie: old phones lack the Cookie Store API; the value is one of `locales`
  document.cookie = `${LOCALE_COOKIE}=${value}; path=/; max-age=31536000; samesite=lax${secure}`;
}

async function catalogue(value: Locale): Promise<Catalogue> {
  const loaded = catalogues[value] ?? (await loaders[value]());
  catalogues[value] = loaded;
  return loaded;
}

/** The language the latest call asked for: an earlier, slower load must not win. */
let wanted: Locale = locale();

async function switchTo(value: Locale): Promise<boolean> {
  wanted = value;
  await catalogue(value);
  if (wanted !== value) return false;
  setLocaleSignal(value);
  applyToDocument(value);
  return true;
}

/** Keeps `value` for this browser: in storage, and as the cookie the server reads. */
function keep(value: Locale): void {
  tellServer(value);
  try {
    localStorage.setItem(STORAGE_KEY, value);
  } catch {
    // Not persisted; the choice still holds for this visit.
  }
}

let onChosen: ((value: Locale) => void) | undefined;
/** The account's language once known: it outranks what this browser stored. */
let fromAccount: Locale | undefined;

/** Told of every language the person chooses in the switch (the account keeps it). */
export function whenChosen(listener: (value: Locale) => void): void {
  onChosen = listener;
}

/**
 * Switches the interface once the language's catalogue is loaded, and keeps the choice.
 * Rejects, leaving the current language, when the catalogue cannot be loaded (offline).
 */
export async function setLocale(value: Locale): Promise<void> {
  if (!(await switchTo(value))) return;
  keep(value);
  onChosen?.(value);
}

/**
 * The language the account keeps, taken over when someone signs in (or comes back
 * signed in) on this browser: what they chose elsewhere holds here too.
 */
export async function adoptLocale(value: Locale): Promise<void> {
  fromAccount = value;
  if (value === locale() && stored() === value) return;
  try {
    if (!(await switchTo(value))) return;
  } catch {
    return; // Offline: the account's language on the next visit.
  }
  keep(value);
}

/**
 * The language of a visit without a stored choice: the one the server wrote on the page
 * (it knows the account and the office as well as the browser's languages; only its
 * `<html>` carries `dir`, index.html as built does not), else the browser's first that
 * Quer speaks.
 */
function firstVisit(): Locale {
  const html = document.documentElement;
  if (html.hasAttribute("dir") && isLocale(html.lang)) return html.lang;
  return pickLocale(typeof navigator === "undefined" ? [] : navigator.languages);
}

/**
 * The language chosen on an earlier visit, loaded before the first render so the page
 * does not show German first. Offline, the page shows German and the choice stays stored.
 */
export async function restoreLocale(): Promise<void> {
  const chosen = fromAccount ?? stored();
  const value = chosen ?? firstVisit();
  // The server renders pages in the cookie's language: a choice stored without it (or a
  // cookie left from another choice) is passed on. A first visit sets no cookie; the
  // server finds the same language again from the account or the browser.
  const told = toldServer();
  if (told !== undefined ? told !== value : chosen !== undefined) tellServer(value);
  if (value !== locale()) {
    try {
      await switchTo(value);
    } catch {
      // The catalogue could not load: German now, the stored language on the next visit.
    }
  }
  // index.html says German, the server's first view its own language; the app now speaks this one.
  applyToDocument(locale());
}

/**
 * For the server's render only: shows `value` at once, with `messages` unless it is
 * German (the render has every feature's German messages in). The render is one
 * synchronous call, so no other request sees the language it sets.
 */
export function renderIn(value: Locale, messages?: Catalogue): void {
  if (messages) catalogues[value] = messages;
  setLocaleSignal(value);
}

export type Params = Record<string, string | number>;

/**
 * In right-to-left text each filled-in value is isolated (FSI … PDI, what `<bdi>` does): a
 * Latin name, a number or an address keeps its own direction and does not pull the
 * punctuation around it to the wrong side.
 */
function fill(text: string, params?: Params): string {
  if (!params) return text;
  const isolate = dirOf(locale()) === "rtl";
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return isolate ? `\u2068${value}\u2069` : value;
  });
}

/** The message for `key` in the current language; reactive when called inside JSX. */
export function t(key: MessageKey, params?: Params): string {
  return fill((catalogues[locale()] ?? (german as Catalogue))[key], params);
}

/**
 * One `make(locale)` per language, made when first needed. Intl objects are slow to
 * make: a board page made four per card, a fifth of its first render on an old phone.
 */
export function perLocale<T>(make: (locale: Locale) => T): () => T {
  const made = new Map<Locale, T>();
  return () => {
    const current = locale();
    const known = made.get(current);
    if (known !== undefined) return known;
    const fresh = make(current);
    made.set(current, fresh);
    return fresh;
  };
}

const pluralRules = perLocale((l) => new Intl.PluralRules(intlTag(l)));
const numbers = perLocale((l) => new Intl.NumberFormat(intlTag(l)));

/** Languages that write counts below a thousand as plain ASCII digits. */
const plainDigits = new Set<string>(["de", "de-x-ls", "en", "tr", "uk", "ru"]);

/**
 * A count as the language writes it. The first NumberFormat of a page costs an old
 * phone 20–50 ms (it loads the language's number data), in the middle of a board's
 * first paint; the counts on cards do not need it.
 */
function formatCount(n: number): string {
  const plain = plainDigits.has(locale()) && Number.isInteger(n) && Math.abs(n) < 1000;
  return plain ? String(n) : numbers().format(n);
}

type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

/** Count-dependent messages: `base.one` / `base.other`, chosen by the language's plural rules. */
export function tn(base: PluralBase, n: number): string {
  const form = pluralRules().select(n) === "one" ? "one" : "other";
  return t(`${base}.${form}` as MessageKey, { n: formatCount(n) });
}
