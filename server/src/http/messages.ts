import type { ServerLocale } from "./locale.ts";
import { httpDe } from "./messages.de.ts";
import { httpEn } from "./messages.en.ts";
import type { HttpMessages } from "./messages.types.ts";

const catalogues: Record<ServerLocale, HttpMessages> = { de: httpDe, en: httpEn };

export function httpMessages(locale: ServerLocale): HttpMessages {
  return catalogues[locale];
}
