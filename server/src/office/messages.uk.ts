import type { OfficeMessages } from "./messages.types.ts";

export const officeUk: OfficeMessages = {
  // The office's own name: it stays German whatever language a page is read in.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "Назву й логотип бюро встановлює менеджерка кварталу.",
  tooLarge: (maxKb) => `Зображення завелике. Можна не більше ${maxKb} КБ.`,
  notAPicture: "Це не зображення PNG, JPEG чи WebP. Вибери таке зображення (SVG не підходить).",
  empty: "Зображення не надійшло. Вибери файл.",
  altNeeded: "Опиши логотип кількома словами – для людей, які його не бачать.",
  noLogo: "Такого логотипа немає (або вже немає).",
  rateLimited: "Щойно було багато змін. Зачекай трохи.",
};
