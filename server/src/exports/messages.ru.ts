import type { ExportMessages } from "./messages.types.ts";

/** Status and kind as the app shows them (client/src/i18n/ru.ts). */
export const exportsRu: ExportMessages = {
  header: {
    id: "ID",
    title: "Заголовок",
    kind: "Вид",
    category: "Категория",
    status: "Статус",
    statusReason: "Пояснение",
    votes: "Голоса",
    comments: "Комментарии",
    createdAt: "Создано",
    author: "Автор",
    coauthors: "Соавторы",
    contactOffice: "Передано в",
    contactPerson: "Контактное лицо",
    contactEmail: "Электронная почта",
    contactPhone: "Телефон",
    contactUrl: "Сайт",
  },
  kind: { idea: "Идея", problem: "Проблема" },
  status: {
    new: "Новая",
    reviewing: "На рассмотрении",
    accepted: "Принята",
    project: "Проект",
    done: "Реализована",
    declined: "Отклонена",
    forwarded: "Передана дальше",
  },
  nameSeparator: ", ",
  dateTime: (p) => `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`,
  fileSuffix: { office: "таблица", contract: "исходные-данные", json: "данные" },
  fileFallback: "тема",
  forbidden: "Экспорт делает менеджер квартала.",
  notFound: "Такой темы нет.",
};
