import type { AccountMessages } from "./messages.types.ts";

/** Ukrainian messages of the account feature, typed against the German ones. */
export const accountUk: AccountMessages = {
  "account.title": "Мої дані",
  "account.signIn": "Увійди, щоб побачити свої дані.",
  "account.export.heading": "Усе, що ми про тебе зберігаємо",
  "account.export.text":
    "Завантаж файл (JSON) зі своїм акаунтом, ідеями, коментарями, голосами й сповіщеннями.",
  "account.export.download": "Завантажити мої дані",
  "account.notices.heading": "Сповіщення",
  "account.notices.link": "Налаштувати сповіщення й листи",
  "account.delete.heading": "Видалити акаунт",
  "account.delete.text":
    "Твої ідеї та коментарі залишаться для сусідів, але без твого імені. Твої голоси буде видалено.",
  "account.delete.start": "Видалити акаунт …",
  "account.delete.confirmHeading": "Справді видалити?",
  "account.delete.confirmText": "Це не можна скасувати. Тебе буде виведено з акаунта на всіх пристроях.",
  "account.delete.confirm": "Так, видалити мій акаунт назавжди",
  "account.deleted": "Твій акаунт видалено.",
  "account.myIdeas.heading": "Твої дописи",
  "account.myIdeas.link": "Мої дописи: що з ними сталося",
  "myIdeas.title": "Мої дописи",
  "myIdeas.intro":
    "Тут усі твої дописи: ті, що ти пишеш, і ті, що пишеш разом з іншими. А ще – що про них каже бюро кварталу.",
  "myIdeas.signIn": "Увійди, щоб побачити свої дописи.",
  "myIdeas.loadError": "Не вдалося завантажити твої дописи.",
  "myIdeas.empty": "У тебе ще немає дописів.",
  "myIdeas.toTopics": "До тем",
  "myIdeas.topic": "Тема:",
  "myIdeas.coauthor": "Ти пишеш разом",
  "myIdeas.pending": "На перевірці – потім його побачать усі",
  "myIdeas.noAnswerYet": "Відповіді ще немає. Бюро кварталу відповідає на кожен допис.",
  "myIdeas.answer": "Відповідь бюро кварталу: {status}",
};
