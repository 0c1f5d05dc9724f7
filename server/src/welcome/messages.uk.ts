import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeUk: WelcomeMessages = {
  title: "Ідеї для нашого кварталу",
  description:
    "Чого тобі хочеться для кварталу? Що тобі заважає? Поділися ідеєю або повідом про проблему – " +
    "бюро кварталу відповідає на кожен допис.",
  categories: ["Зустрічі", "Зелень і довкілля", "Транспорт", "Ігри й спорт", "Культура", "Інше"],
};
