import type { HttpMessages } from "./messages.types.ts";

export const httpRu: HttpMessages = {
  wrongOrigin: (publicUrl) =>
    `Открой Quer по адресу ${publicUrl} – по этому адресу вход и изменения не работают.`,
  foreignRequest: "Запрос из другого источника отклонён (Origin не совпадает).",
  pageDescription: "Quer – делись идеями и проблемами квартала и поддерживай их вместе с другими.",
};
