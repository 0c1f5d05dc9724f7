import { categoryPictogram } from "@quer/shared/boards/category-pictogram";
import { locales } from "@quer/shared/i18n/locales";
import { describe, expect, it } from "vitest";
import { welcomeMessages } from "./messages.ts";

describe("the first board's categories", () => {
  // The office names them in its language; each should keep the pictogram German has.
  const german = welcomeMessages("de").categories.map(categoryPictogram);

  it("each have a pictogram of their own in German", () => {
    expect(german).toEqual(["people", "leaf", "bus", "ball", "note", "more"]);
  });

  for (const locale of locales) {
    it(`keep their pictograms in ${locale}`, () => {
      expect(welcomeMessages(locale).categories.map(categoryPictogram)).toEqual(german);
    });
  }
});
