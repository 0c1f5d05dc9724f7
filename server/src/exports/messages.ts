import type { ServerLocale } from "../http/locale.ts";
import { exportsDe } from "./messages.de.ts";
import { exportsEn } from "./messages.en.ts";
import type { ExportMessages } from "./messages.types.ts";

const catalogues: Record<ServerLocale, ExportMessages> = { de: exportsDe, en: exportsEn };

export function exportMessages(locale: ServerLocale): ExportMessages {
  return catalogues[locale];
}
