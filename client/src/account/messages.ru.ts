import type { AccountMessages } from "./messages.types.ts";

/** Russian messages of the account feature, typed against the German ones. */
export const accountRu: AccountMessages = {
  "account.title": "Мои данные",
  "account.signIn": "Войди, чтобы увидеть свои данные.",
  "account.export.heading": "Всё, что мы о тебе храним",
  "account.export.text":
    "Скачай файл (JSON) со своим аккаунтом, идеями, комментариями, голосами и уведомлениями.",
  "account.export.download": "Скачать мои данные",
  "account.notices.heading": "Уведомления",
  "account.notices.link": "Настроить уведомления и письма",
  "account.delete.heading": "Удалить аккаунт",
  "account.delete.text":
    "Твои идеи и комментарии останутся для соседей, но без твоего имени. Твои голоса будут удалены.",
  "account.delete.start": "Удалить аккаунт …",
  "account.delete.confirmHeading": "Точно удалить?",
  "account.delete.confirmText": "Это нельзя отменить. Ты выйдешь из аккаунта на всех устройствах.",
  "account.delete.confirm": "Да, удалить мой аккаунт навсегда",
  "account.deleted": "Твой аккаунт удалён.",
  "account.myIdeas.heading": "Твои публикации",
  "account.myIdeas.link": "Мои публикации: что с ними стало",
  "myIdeas.title": "Мои публикации",
  "myIdeas.intro":
    "Здесь все твои публикации: те, что ты пишешь, и те, что пишешь вместе с другими. А ещё – что о них говорит бюро квартала.",
  "myIdeas.signIn": "Войди, чтобы увидеть свои публикации.",
  "myIdeas.loadError": "Не удалось загрузить твои публикации.",
  "myIdeas.empty": "У тебя пока нет публикаций.",
  "myIdeas.toTopics": "К темам",
  "myIdeas.topic": "Тема:",
  "myIdeas.coauthor": "Ты пишешь вместе",
  "myIdeas.pending": "На проверке – потом её увидят все",
  "myIdeas.noAnswerYet": "Ответа пока нет. Бюро квартала отвечает на каждую публикацию.",
  "myIdeas.answer": "Ответ бюро квартала: {status}",
};
