import type { ServerLocale } from "../http/locale.ts";
import { feedbackAr } from "./messages.ar.ts";
import { feedbackDe } from "./messages.de.ts";
import { feedbackEn } from "./messages.en.ts";
import { feedbackLs } from "./messages.ls.ts";
import { feedbackRu } from "./messages.ru.ts";
import { feedbackTr } from "./messages.tr.ts";
import type { FeedbackMessages } from "./messages.types.ts";
import { feedbackUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, FeedbackMessages> = {
  de: feedbackDe,
  "de-x-ls": feedbackLs,
  en: feedbackEn,
  tr: feedbackTr,
  ar: feedbackAr,
  uk: feedbackUk,
  ru: feedbackRu,
};

export function feedbackMessages(locale: ServerLocale): FeedbackMessages {
  return catalogues[locale];
}
