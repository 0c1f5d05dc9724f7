import type { ServerLocale } from "./locale.ts";
import { httpAr } from "./messages.ar.ts";
import { httpDe } from "./messages.de.ts";
import { httpEn } from "./messages.en.ts";
import { httpLs } from "./messages.ls.ts";
import { httpRu } from "./messages.ru.ts";
import { httpTr } from "./messages.tr.ts";
import type { HttpMessages } from "./messages.types.ts";
import { httpUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, HttpMessages> = {
  de: httpDe,
  "de-x-ls": httpLs,
  en: httpEn,
  tr: httpTr,
  ar: httpAr,
  uk: httpUk,
  ru: httpRu,
};

export function httpMessages(locale: ServerLocale): HttpMessages {
  return catalogues[locale];
}
