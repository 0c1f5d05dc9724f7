import type { SyncMessages } from "./refusal-messages.types.ts";

export const syncUk: SyncMessages = {
  noEndpoint: "Тут немає з’єднання наживо.",
  wrongOrigin: (publicUrl) =>
    `Відкрий Quer за адресою ${publicUrl} – за цією адресою з’єднання наживо не працює.`,
  unknownDocument: "Такого вмісту немає.",
  serverFull: "Сервер зараз переповнений. Спробуй ще раз за мить.",
  tooManySockets: "Забагато відкритих з’єднань. Закрий інші вікна.",
  noAccess: "У тебе немає доступу до цього вмісту.",
  signIn: "Будь ласка, увійди.",
  invalid: "Недійсний запит.",
};
