import type { OfficeMessages } from "./messages.types.ts";

/** Ukrainian messages of the office's settings, typed against the German ones. */
export const officeUk: OfficeMessages = {
  "office.manageLink": "Бюро й логотип",
  "office.manageLinkText": "Змінити назву й логотип бюро",
  "office.title": "Бюро й логотип",
  "office.intro":
    "Назва й логотип стоять угорі кожної сторінки. Назва в усіх мовах лишається такою, як ти її пишеш.",
  "office.onlyManager": "Назву й логотип бюро встановлює менеджерка кварталу.",
  "office.name.heading": "Назва",
  "office.name.label": "Назва бюро",
  "office.name.hint": "Один рядок. Максимум символів: {max}.",
  "office.name.empty": "Вкажи назву.",
  "office.name.tooLong": "Назва задовга. Максимум символів: {max}.",
  "office.name.save": "Зберегти назву",
  "office.name.saved": "Назву збережено: {name}.",
  "office.logo.heading": "Логотип",
  "office.logo.current": "Так логотип виглядає зараз:",
  "office.logo.none": "Логотипа ще немає. Без нього вгорі стоїть лише назва.",
  "office.logo.file": "Файл зображення",
  "office.logo.fileHint":
    "PNG, JPEG або WebP, не більше {max} КБ. Угорі він має висоту 40 пікселів. Зображення висотою від 80 до 160 пікселів буде чітким.",
  "office.logo.preview": "Попередній перегляд вибраного файлу:",
  "office.logo.alt": "Опис логотипа",
  "office.logo.altHint":
    "Для людей, які не бачать зображення, наприклад: «Логотип: літера Q у зеленому колі».",
  "office.logo.altMissing": "Опиши логотип кількома словами.",
  "office.logo.noFile": "Спершу вибери файл зображення.",
  "office.logo.wrongType": "Це не зображення PNG, JPEG чи WebP. SVG не підходить, бо може містити скрипти.",
  "office.logo.tooLarge": "Зображення завелике: не більше {max} КБ.",
  "office.logo.save": "Зберегти логотип",
  "office.logo.saveAlt": "Зберегти опис",
  "office.logo.saved": "Новий логотип збережено.",
  "office.logo.altSaved": "Опис логотипа збережено.",
  "office.logo.removeButton": "Прибрати логотип",
  "office.logo.removed": "Логотип прибрано.",
  "office.locale.heading": "Мова бюро",
  "office.locale.label": "Мова листів",
  "office.locale.hint":
    "Цією мовою отримують листи ті, хто ще не обрав собі мову. Хто обрав мову, отримує листи своєю мовою.",
  "office.locale.save": "Зберегти мову",
  "office.locale.saved": "Мову бюро збережено: {language}.",
  "office.busy": "Зберігаємо …",
};
