import type { ServerLocale } from "../http/locale.ts";
import { officeAr } from "./messages.ar.ts";
import { officeDe } from "./messages.de.ts";
import { officeEn } from "./messages.en.ts";
import { officeLs } from "./messages.ls.ts";
import { officeRu } from "./messages.ru.ts";
import { officeTr } from "./messages.tr.ts";
import type { OfficeMessages } from "./messages.types.ts";
import { officeUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, OfficeMessages> = {
  de: officeDe,
  "de-x-ls": officeLs,
  en: officeEn,
  tr: officeTr,
  ar: officeAr,
  uk: officeUk,
  ru: officeRu,
};

export function officeMessages(locale: ServerLocale): OfficeMessages {
  return catalogues[locale];
}
