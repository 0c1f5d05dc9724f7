import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeLs: WelcomeMessages = {
  title: "Ideen für unser Viertel",
  description:
    "Was wünschst du dir für das Viertel? Was stört dich? Schick deine Idee. Oder melde ein Problem. " +
    "Das Quartiers-Büro antwortet auf jeden Beitrag.",
  categories: ["Treffen", "Natur", "Verkehr", "Spielen und Sport", "Kultur", "Anderes"],
};
