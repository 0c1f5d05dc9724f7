import type { NotificationsMessages } from "./messages.types.ts";

/** Ukrainian messages of the notifications feature, typed against the German ones. */
export const notificationsUk: NotificationsMessages = {
  "notifications.title": "Сповіщення",
  "notifications.signIn": "Увійди, щоб побачити, що сталося з твоїми ідеями.",
  "notifications.list": "Що сталося з твоїми ідеями",
  "notifications.empty": "Сповіщень ще немає.",
  "notifications.emptyNext":
    "Коли хтось відповість на твої дописи або бюро кварталу щось вирішить, це буде тут.",
  "notifications.markAll": "Позначити всі як прочитані",
  "notifications.allRead": "Усі сповіщення прочитано.",
  "notifications.new": "Нове",
  "notifications.becameProject": "Добра новина: ця ідея стане проєктом!",
  "notifications.approved": "Твій допис перевірено, тепер його бачать усі.",
  "notifications.toProject": "До проєкту",
  "notifications.statusChanged": "Новий статус: {status}",
  "notifications.email.heading": "Листи",
  "notifications.email.legend": "Сповіщення електронною поштою",
  "notifications.email.off": "Без листів",
  "notifications.email.immediate": "Одразу після кожної зміни",
  "notifications.email.daily": "Раз на день, усе разом",
  "notifications.email.submit": "Зберегти налаштування",
  "notifications.email.saved": "Налаштування збережено.",
  "notifications.email.noAddress": "Для твого акаунта не вказано адреси електронної пошти.",
  "notifications.unsubscribe.title": "Відписатися від листів",
  "notifications.unsubscribe.done": "Готово: ти більше не отримуватимеш листів від Quer.",
  "notifications.unsubscribe.invalid": "Це посилання для відписки недійсне або вже використане.",
  "notifications.unsubscribe.settings": "До налаштувань сповіщень",
};
