import type { HttpMessages } from "./messages.types.ts";

export const httpUk: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Відкрий Quer за адресою ${publicUrl} – за цією адресою вхід і зміни не працюють.`,
  foreignRequest: "Запит з іншого джерела відхилено (Origin не збігається).",
  pageDescription: "Quer – ділися ідеями та проблемами кварталу й підтримуй їх разом з іншими.",
};
