import type { OfficeMessages } from "./messages.types.ts";

export const officeRu: OfficeMessages = {
  // The office's own name: it stays German whatever language a page is read in.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "Название и логотип бюро устанавливает менеджер квартала.",
  tooLarge: (maxKb) => `Изображение слишком большое. Можно не больше ${maxKb} КБ.`,
  notAPicture: "Это не изображение PNG, JPEG или WebP. Выбери такое изображение (SVG не подходит).",
  empty: "Изображение не пришло. Выбери файл.",
  altNeeded: "Опиши логотип в нескольких словах – для людей, которые его не видят.",
  noLogo: "Такого логотипа нет (или уже нет).",
  rateLimited: "Только что было много изменений. Подожди немного.",
};
