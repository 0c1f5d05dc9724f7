import type { WelcomeMessages } from "./messages.types.ts";

export const welcomeDe: WelcomeMessages = {
  title: "Ideen für unser Viertel",
  description:
    "Was wünschst du dir für die Nachbarschaft? Was stört dich? Teile deine Idee oder melde ein Problem – " +
    "das Quartiersmanagement antwortet auf jeden Beitrag.",
  categories: ["Begegnung", "Grün & Umwelt", "Verkehr", "Spielen & Sport", "Kultur", "Sonstiges"],
};
