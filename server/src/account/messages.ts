import type { ServerLocale } from "../http/locale.ts";
import { accountAr } from "./messages.ar.ts";
import { accountDe } from "./messages.de.ts";
import { accountEn } from "./messages.en.ts";
import { accountLs } from "./messages.ls.ts";
import { accountRu } from "./messages.ru.ts";
import { accountTr } from "./messages.tr.ts";
import type { AccountMessages } from "./messages.types.ts";
import { accountUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, AccountMessages> = {
  de: accountDe,
  "de-x-ls": accountLs,
  en: accountEn,
  tr: accountTr,
  ar: accountAr,
  uk: accountUk,
  ru: accountRu,
};

export function accountMessages(locale: ServerLocale): AccountMessages {
  return catalogues[locale];
}
