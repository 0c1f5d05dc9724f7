import type { ServerLocale } from "../http/locale.ts";
import { noticesAr } from "./messages.ar.ts";
import { noticesDe } from "./messages.de.ts";
import { noticesEn } from "./messages.en.ts";
import { noticesLs } from "./messages.ls.ts";
import { noticesRu } from "./messages.ru.ts";
import { noticesTr } from "./messages.tr.ts";
import type { NoticeMessages } from "./messages.types.ts";
import { noticesUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, NoticeMessages> = {
  de: noticesDe,
  "de-x-ls": noticesLs,
  en: noticesEn,
  tr: noticesTr,
  ar: noticesAr,
  uk: noticesUk,
  ru: noticesRu,
};

export function noticeMessages(locale: ServerLocale): NoticeMessages {
  return catalogues[locale];
}
