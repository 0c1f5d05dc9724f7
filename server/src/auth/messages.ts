import type { ServerLocale } from "../http/locale.ts";
import { passwordDe } from "./messages.de.ts";
import { passwordEn } from "./messages.en.ts";
import type { PasswordMessages } from "./messages.types.ts";

const catalogues: Record<ServerLocale, PasswordMessages> = { de: passwordDe, en: passwordEn };

export function passwordMessages(locale: ServerLocale): PasswordMessages {
  return catalogues[locale];
}
