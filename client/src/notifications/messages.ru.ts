import type { NotificationsMessages } from "./messages.types.ts";

/** Russian messages of the notifications feature, typed against the German ones. */
export const notificationsRu: NotificationsMessages = {
  "notifications.title": "Уведомления",
  "notifications.signIn": "Войди, чтобы увидеть, что стало с твоими идеями.",
  "notifications.list": "Что стало с твоими идеями",
  "notifications.empty": "Уведомлений пока нет.",
  "notifications.emptyNext":
    "Когда кто-то ответит на твои публикации или бюро квартала что-то решит, это будет здесь.",
  "notifications.markAll": "Отметить все как прочитанные",
  "notifications.allRead": "Все уведомления прочитаны.",
  "notifications.new": "Новое",
  "notifications.becameProject": "Хорошая новость: эта идея станет проектом!",
  "notifications.approved": "Твоя публикация проверена, теперь её видят все.",
  "notifications.toProject": "К проекту",
  "notifications.statusChanged": "Новый статус: {status}",
  "notifications.email.heading": "Письма",
  "notifications.email.legend": "Уведомления по электронной почте",
  "notifications.email.off": "Без писем",
  "notifications.email.immediate": "Сразу после каждого изменения",
  "notifications.email.daily": "Раз в день, всё вместе",
  "notifications.email.submit": "Сохранить настройку",
  "notifications.email.saved": "Настройка сохранена.",
  "notifications.email.noAddress": "Для твоего аккаунта не указан адрес электронной почты.",
  "notifications.unsubscribe.title": "Отписаться от писем",
  "notifications.unsubscribe.done": "Готово: ты больше не будешь получать письма от Quer.",
  "notifications.unsubscribe.invalid": "Эта ссылка для отписки недействительна или уже использована.",
  "notifications.unsubscribe.settings": "К настройкам уведомлений",
};
