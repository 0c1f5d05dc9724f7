import type { OfficeMessages } from "./messages.types.ts";

/** Russian messages of the office's settings, typed against the German ones. */
export const officeRu: OfficeMessages = {
  "office.manageLink": "Бюро и логотип",
  "office.manageLinkText": "Изменить название и логотип бюро",
  "office.title": "Бюро и логотип",
  "office.intro":
    "Название и логотип стоят вверху каждой страницы. Название на всех языках остаётся таким, как ты его пишешь.",
  "office.onlyManager": "Название и логотип бюро устанавливает менеджер квартала.",
  "office.name.heading": "Название",
  "office.name.label": "Название бюро",
  "office.name.hint": "Одна строка. Максимум символов: {max}.",
  "office.name.empty": "Укажи название.",
  "office.name.tooLong": "Название слишком длинное. Максимум символов: {max}.",
  "office.name.save": "Сохранить название",
  "office.name.saved": "Название сохранено: {name}.",
  "office.logo.heading": "Логотип",
  "office.logo.current": "Так логотип выглядит сейчас:",
  "office.logo.none": "Логотипа пока нет. Без него вверху стоит только название.",
  "office.logo.file": "Файл изображения",
  "office.logo.fileHint":
    "PNG, JPEG или WebP, не больше {max} КБ. Вверху он высотой 40 пикселей. Изображение высотой от 80 до 160 пикселей будет чётким.",
  "office.logo.preview": "Предпросмотр выбранного файла:",
  "office.logo.alt": "Описание логотипа",
  "office.logo.altHint":
    "Для людей, которые не видят изображение, например: «Логотип: буква Q в зелёном круге».",
  "office.logo.altMissing": "Опиши логотип в нескольких словах.",
  "office.logo.noFile": "Сначала выбери файл изображения.",
  "office.logo.wrongType":
    "Это не изображение PNG, JPEG или WebP. SVG не подходит, потому что может содержать скрипты.",
  "office.logo.tooLarge": "Изображение слишком большое: не больше {max} КБ.",
  "office.logo.save": "Сохранить логотип",
  "office.logo.saveAlt": "Сохранить описание",
  "office.logo.saved": "Новый логотип сохранён.",
  "office.logo.altSaved": "Описание логотипа сохранено.",
  "office.logo.removeButton": "Убрать логотип",
  "office.logo.removed": "Логотип убран.",
  "office.locale.heading": "Язык бюро",
  "office.locale.label": "Язык писем",
  "office.locale.hint":
    "На этом языке получают письма те, кто ещё не выбрал себе язык. Кто выбрал язык, получает письма на своём языке.",
  "office.locale.save": "Сохранить язык",
  "office.locale.saved": "Язык бюро сохранён: {language}.",
  "office.busy": "Сохраняем …",
};
