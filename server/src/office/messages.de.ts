import type { OfficeMessages } from "./messages.types.ts";

export const officeDe: OfficeMessages = {
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "Name und Logo des Büros legt die Quartiersmanagerin fest.",
  tooLarge: (maxKb) => `Das Bild ist zu groß. Erlaubt sind höchstens ${maxKb} KB.`,
  notAPicture: "Das ist kein PNG-, JPEG- oder WebP-Bild. Bitte wähle ein solches Bild (SVG geht nicht).",
  empty: "Es kam kein Bild an. Bitte wähle eine Datei.",
  altNeeded: "Bitte beschreibe das Logo in wenigen Worten, für Menschen, die es nicht sehen.",
  noLogo: "Dieses Logo gibt es nicht (mehr).",
  rateLimited: "Du hast gerade viel geändert. Bitte warte einen Moment.",
};
