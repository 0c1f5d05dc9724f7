import type { ServerLocale } from "../http/locale.ts";
import { passwordAr } from "./messages.ar.ts";
import { passwordDe } from "./messages.de.ts";
import { passwordEn } from "./messages.en.ts";
import { passwordLs } from "./messages.ls.ts";
import { passwordRu } from "./messages.ru.ts";
import { passwordTr } from "./messages.tr.ts";
import type { PasswordMessages } from "./messages.types.ts";
import { passwordUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, PasswordMessages> = {
  de: passwordDe,
  "de-x-ls": passwordLs,
  en: passwordEn,
  tr: passwordTr,
  ar: passwordAr,
  uk: passwordUk,
  ru: passwordRu,
};

export function passwordMessages(locale: ServerLocale): PasswordMessages {
  return catalogues[locale];
}
