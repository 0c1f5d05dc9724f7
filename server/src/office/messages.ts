import type { ServerLocale } from "../http/locale.ts";
import { officeDe } from "./messages.de.ts";
import { officeEn } from "./messages.en.ts";
import type { OfficeMessages } from "./messages.types.ts";

const catalogues: Record<ServerLocale, OfficeMessages> = { de: officeDe, en: officeEn };

export function officeMessages(locale: ServerLocale): OfficeMessages {
  return catalogues[locale];
}
