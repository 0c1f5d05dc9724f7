import type { ServerLocale } from "../http/locale.ts";
import { exportsAr } from "./messages.ar.ts";
import { exportsDe } from "./messages.de.ts";
import { exportsEn } from "./messages.en.ts";
import { exportsLs } from "./messages.ls.ts";
import { exportsRu } from "./messages.ru.ts";
import { exportsTr } from "./messages.tr.ts";
import type { ExportMessages } from "./messages.types.ts";
import { exportsUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, ExportMessages> = {
  de: exportsDe,
  "de-x-ls": exportsLs,
  en: exportsEn,
  tr: exportsTr,
  ar: exportsAr,
  uk: exportsUk,
  ru: exportsRu,
};

export function exportMessages(locale: ServerLocale): ExportMessages {
  return catalogues[locale];
}
