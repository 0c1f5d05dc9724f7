import type { OfficeMessages } from "./messages.types.ts";

export const officeLs: OfficeMessages = {
  // The office's own name: it stays as the office writes it, in every language.
  defaultName: "Quartiersmanagement Leimen",
  onlyManager: "Name und Logo vom Quartiers-Büro bestimmt die Quartiers-Managerin.",
  tooLarge: (maxKb) => `Das Bild ist zu groß. Es darf höchstens ${maxKb} KB groß sein.`,
  notAPicture: "Das Bild muss PNG, JPEG oder WebP sein. Bitte wähl so ein Bild. SVG geht nicht.",
  empty: "Quer hat kein Bild bekommen. Bitte wähl eine Datei.",
  altNeeded:
    "Bitte beschreib das Logo mit wenigen Wörtern. Die Beschreibung ist für Menschen, die das Bild nicht sehen können.",
  noLogo: "Dieses Logo gibt es nicht mehr.",
  rateLimited: "Du hast gerade viel geändert. Bitte warte kurz.",
};
