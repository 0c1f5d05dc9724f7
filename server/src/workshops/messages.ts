import type { ServerLocale } from "../http/locale.ts";
import { workshopsAr } from "./messages.ar.ts";
import { workshopsDe } from "./messages.de.ts";
import { workshopsEn } from "./messages.en.ts";
import { workshopsLs } from "./messages.ls.ts";
import { workshopsRu } from "./messages.ru.ts";
import { workshopsTr } from "./messages.tr.ts";
import type { WorkshopMessages } from "./messages.types.ts";
import { workshopsUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, WorkshopMessages> = {
  de: workshopsDe,
  "de-x-ls": workshopsLs,
  en: workshopsEn,
  tr: workshopsTr,
  ar: workshopsAr,
  uk: workshopsUk,
  ru: workshopsRu,
};

export function workshopMessages(locale: ServerLocale): WorkshopMessages {
  return catalogues[locale];
}
