/**
 * Which pictogram stands beside a category the office named. Categories are the office's
 * own words, in the office's language (the first board is seeded in it), so the stems of
 * every language Quer speaks are here; a name none of them matches gets the plain tag.
 */
export type CategoryPictogram = "people" | "leaf" | "bus" | "ball" | "note" | "more" | "tag";

/** Stems that pick a category's drawing; the first match wins. */
const categoryWords: readonly (readonly [RegExp, CategoryPictogram])[] = [
  [
    /begegn|treff|nachbar|zusammen|meet|communit|social|sozial|buluş|komşu|لقاء|جير|встреч|сосед|зустріч|сусід/,
    "people",
  ],
  [
    /grün|gruen|umwelt|natur|park|baum|garten|green|environment|tree|garden|yeşil|çevre|خضر|بيئ|حديق|зелен|природ|довкіл|сад/,
    "leaf",
  ],
  [
    /verkehr|mobil|straße|strasse|fahrrad|\bbus|traffic|transport|street|cycl|trafik|ulaşım|مرور|نقل|транспорт/,
    "bus",
  ],
  [/spiel|spor|play|game|oyun|لعب|رياض|игр|ігр/, "ball"],
  [/kultur|kunst|musik|culture|\bart|music|kültür|müzik|ثقاف|موسيق|культур|музык|музик/, "note"],
  [/sonstig|andere|weitere|other|misc|diğer|أخرى|другое|прочее|інше|інші/, "more"],
];

/** The drawing for a category the office named: a known word's, or the tag. */
export function categoryPictogram(category: string): CategoryPictogram {
  const name = category.toLocaleLowerCase();
  return categoryWords.find(([words]) => words.test(name))?.[1] ?? "tag";
}
