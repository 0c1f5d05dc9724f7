import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/uk.ts). */
export const exportsUk: ExportMessages = {
  header: {
    id: "ID",
    title: "Заголовок",
    kind: "Вид",
    category: "Категорія",
    status: "Статус",
    statusReason: "Пояснення",
    votes: "Голоси",
    comments: "Коментарі",
    createdAt: "Створено",
    author: "Автор",
    coauthors: "Співавтори",
    contactOffice: "Передано до",
    contactPerson: "Контактна особа",
    contactEmail: "Електронна пошта",
    contactPhone: "Телефон",
    contactUrl: "Вебсайт",
  },
  kind: { idea: "Ідея", problem: "Проблема" },
  status: {
    new: "Нова",
    reviewing: "На розгляді",
    accepted: "Прийнята",
    project: "Проєкт",
    done: "Реалізована",
    declined: "Відхилена",
    forwarded: "Передана далі",
  },
  nameSeparator: ", ",
  dateTime: (p) => `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "таблиця", contract: "сирі-дані", json: "дані" },
  fileFallback: "тема",
  forbidden: "Експорт робить менеджерка кварталу.",
  notFound: "Такої теми немає.",
};
