import { describe, expect, it } from "vitest";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { ls } from "./ls.ts";

/**
 * Leichte Sprache is written from the German (decision 0041). These checks catch what the
 * typecheck cannot: an English text left in place, and the abbreviations the rules forbid.
 */
const lsTexts = ls as Readonly<Record<string, string>>;
const enTexts = en as Readonly<Record<string, string>>;
const deCore = de as Readonly<Record<string, string>>;

/** Texts that are the same in every language: names, codes, bare placeholders. */
function sameEverywhere(text: string): boolean {
  const words = text.replace(/\{\w+\}/g, "").match(/\p{L}{2,}/gu) ?? [];
  return words.every((word) => ["Quer", "Name", "Logo", "Code", "Problem", "Pause"].includes(word));
}

describe("the Leichte Sprache catalogue", () => {
  it("has no English text left where the words differ from the English", () => {
    const english = Object.keys(lsTexts).filter(
      (key) => lsTexts[key] === enTexts[key] && !sameEverywhere(lsTexts[key] ?? ""),
    );
    expect(english).toEqual([]);
  });

  it("writes words out instead of abbreviating them", () => {
    const abbreviated = Object.entries(lsTexts)
      .filter(([, text]) => /\b(z\. ?B|bzw|usw|ggf|ca|d\. ?h|u\. ?a)\./.test(text))
      .map(([key]) => key);
    expect(abbreviated).toEqual([]);
  });

  it("keeps the German placeholders of the core catalogue", () => {
    const marks = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort().join(" ");
    const differing = Object.keys(deCore).filter(
      (key) => marks(deCore[key] ?? "") !== marks(lsTexts[key] ?? ""),
    );
    expect(differing).toEqual([]);
  });
});
