import type { ServerLocale } from "../http/locale.ts";
import { welcomeAr } from "./messages.ar.ts";
import { welcomeDe } from "./messages.de.ts";
import { welcomeEn } from "./messages.en.ts";
import { welcomeLs } from "./messages.ls.ts";
import { welcomeRu } from "./messages.ru.ts";
import { welcomeTr } from "./messages.tr.ts";
import type { WelcomeMessages } from "./messages.types.ts";
import { welcomeUk } from "./messages.uk.ts";

const catalogues: Record<ServerLocale, WelcomeMessages> = {
  de: welcomeDe,
  "de-x-ls": welcomeLs,
  en: welcomeEn,
  tr: welcomeTr,
  ar: welcomeAr,
  uk: welcomeUk,
  ru: welcomeRu,
};

export function welcomeMessages(locale: ServerLocale): WelcomeMessages {
  return catalogues[locale];
}
