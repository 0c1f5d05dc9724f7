import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeRu: WelcomeMessages = {
  title: "Идеи для нашего квартала",
  description:
    "Чего тебе хочется для квартала? Что тебе мешает? Поделись идеей или сообщи о проблеме – " +
    "бюро квартала отвечает на каждую публикацию.",
  categories: ["Встречи", "Зелень и природа", "Транспорт", "Игры и спорт", "Культура", "Другое"],
};
