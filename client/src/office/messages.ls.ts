import type { OfficeMessages } from "./messages.types.ts";

/** Leichte Sprache (de-x-ls) messages of the office's settings, typed against the German ones. */
export const officeLs: OfficeMessages = {
  "office.manageLink": "Quartiers-Büro und Logo",
  "office.manageLinkText": "Name und Logo vom Quartiers-Büro ändern",
  "office.title": "Quartiers-Büro und Logo",
  "office.intro":
    "Name und Logo stehen oben auf jeder Seite. Der Name bleibt in jeder Sprache so, wie du ihn schreibst.",
  "office.onlyManager": "Name und Logo vom Quartiers-Büro bestimmt die Quartiers-Managerin.",
  "office.name.heading": "Name",
  "office.name.label": "Name vom Quartiers-Büro",
  "office.name.hint": "1 Zeile mit höchstens {max} Zeichen.",
  "office.name.empty": "Bitte schreib einen Namen hin.",
  "office.name.tooLong": "Der Name ist zu lang. Er darf höchstens {max} Zeichen haben.",
  "office.name.save": "Namen speichern",
  "office.name.saved": "Der Name ist gespeichert: {name}.",
  "office.logo.heading": "Logo",
  "office.logo.current": "So sieht das Logo jetzt aus:",
  "office.logo.none": "Es gibt noch kein Logo. Dann steht oben nur der Name.",
  "office.logo.file": "Bild-Datei",
  "office.logo.fileHint":
    "Das Bild muss PNG, JPEG oder WebP sein. Es darf höchstens {max} KB groß sein. Oben auf der Seite ist das Logo 40 Pixel hoch. Ein Bild mit 80 bis 160 Pixel Höhe bleibt scharf.",
  "office.logo.preview": "So sieht die Datei aus:",
  "office.logo.alt": "Beschreibung vom Logo",
  "office.logo.altHint":
    "Manche Menschen können das Bild nicht sehen. Für sie ist die Beschreibung. Zum Beispiel: „Logo: ein Q in einem grünen Kreis“.",
  "office.logo.altMissing": "Bitte beschreib das Logo mit wenigen Wörtern.",
  "office.logo.noFile": "Bitte wähl zuerst eine Bild-Datei.",
  "office.logo.wrongType":
    "Das Bild muss PNG, JPEG oder WebP sein. SVG geht nicht. SVG kann gefährliche Programme enthalten.",
  "office.logo.tooLarge": "Das Bild ist zu groß. Es darf höchstens {max} KB groß sein.",
  "office.logo.save": "Logo speichern",
  "office.logo.saveAlt": "Beschreibung speichern",
  "office.logo.saved": "Das neue Logo ist gespeichert.",
  "office.logo.altSaved": "Die Beschreibung vom Logo ist gespeichert.",
  "office.logo.removeButton": "Logo löschen",
  "office.logo.removed": "Das Logo ist gelöscht.",
  "office.locale.heading": "Sprache vom Büro",
  "office.locale.label": "Sprache für E-Mails",
  "office.locale.hint":
    "Manche Menschen haben noch keine Sprache gewählt. Sie bekommen E-Mails in dieser Sprache. Andere Menschen haben eine Sprache gewählt. Sie bekommen E-Mails in ihrer Sprache.",
  "office.locale.save": "Sprache speichern",
  "office.locale.saved": "Die Sprache vom Büro ist gespeichert: {language}.",
  "office.busy": "Quer speichert …",
};
