import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncRu: SyncMessages = {
  noEndpoint: "Здесь нет соединения в реальном времени.",
  wrongOrigin: (publicUrl) =>
    `Открой Quer по адресу ${publicUrl} – по этому адресу соединение в реальном времени не работает.`,
  unknownDocument: "Такого содержимого нет.",
  serverFull: "Сервер сейчас переполнен. Попробуй ещё раз через минуту.",
  tooManySockets: "Слишком много открытых соединений. Закрой другие окна.",
  noAccess: "У тебя нет доступа к этому содержимому.",
  signIn: "Пожалуйста, войди.",
  invalid: "Недействительный запрос.",
};
