import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeAr: WelcomeMessages = {
  title: "أفكار لحيّنا",
  description:
    "ماذا تتمنى لجيرانك وحيّك؟ ما الذي يزعجك؟ شارك فكرتك أو أخبرنا بمشكلة – " + "يرد مكتب الحي على كل مشاركة.",
  categories: ["لقاءات", "الخضرة والبيئة", "المرور", "اللعب والرياضة", "الثقافة", "أخرى"],
};
