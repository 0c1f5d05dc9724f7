import type { ServerLocale } from "./locale.ts";
import { refusalsAr } from "./refusal-messages.ar.ts";
import { refusalsDe } from "./refusal-messages.de.ts";
import { refusalsEn } from "./refusal-messages.en.ts";
import { refusalsLs } from "./refusal-messages.ls.ts";
import { refusalsRu } from "./refusal-messages.ru.ts";
import { refusalsTr } from "./refusal-messages.tr.ts";
import type { RefusalMessages } from "./refusal-messages.types.ts";
import { refusalsUk } from "./refusal-messages.uk.ts";

const catalogues: Record<ServerLocale, RefusalMessages> = {
  de: refusalsDe,
  "de-x-ls": refusalsLs,
  en: refusalsEn,
  tr: refusalsTr,
  ar: refusalsAr,
  uk: refusalsUk,
  ru: refusalsRu,
};

export function refusalMessages(locale: ServerLocale): RefusalMessages {
  return catalogues[locale];
}

type Texts = RefusalMessages;
/** A refusal that says the same whatever the case. */
export type PlainRefusal = { [K in keyof Texts]: Texts[K] extends string ? K : never }[keyof Texts];
type ParamRefusal = Exclude<keyof Texts, PlainRefusal>;
/** A refusal whose text takes the case's facts (a number, an address). */
export type RefusalWithParams = {
  [K in ParamRefusal]: { readonly key: K; readonly params: Parameters<Texts[K]>[0] };
}[ParamRefusal];

/**
 * What an error answer says, before its language is known: a key of this catalogue (with
 * its facts), or the words of another area's catalogue, picked by language.
 */
export type Wording = PlainRefusal | RefusalWithParams | ((locale: ServerLocale) => string);

/** The words in one language: chosen when the answer is written, where the request is known. */
export function wordingIn(wording: Wording, locale: ServerLocale): string {
  if (typeof wording === "function") return wording(locale);
  const texts = catalogues[locale];
  if (typeof wording === "string") return texts[wording];
  return (texts[wording.key] as (params: unknown) => string)(wording.params);
}
