import { describe, expect, it } from "vitest";
import { categoryPictogram, drawings } from "./pictograms.ts";

describe("categoryPictogram", () => {
  it("draws each of the office's categories", () => {
    expect(categoryPictogram("Begegnung")).toBe("people");
    expect(categoryPictogram("Grün & Umwelt")).toBe("leaf");
    expect(categoryPictogram("Verkehr")).toBe("bus");
    expect(categoryPictogram("Spielen & Sport")).toBe("ball");
    expect(categoryPictogram("Kultur")).toBe("note");
    expect(categoryPictogram("Sonstiges")).toBe("more");
  });

  it("reads English names and any case", () => {
    expect(categoryPictogram("GREEN SPACES")).toBe("leaf");
    expect(categoryPictogram("Public transport")).toBe("bus");
  });

  it("falls back to the tag for a category it does not know", () => {
    expect(categoryPictogram("Wohnen")).toBe("tag");
    expect(categoryPictogram("")).toBe("tag");
    // "art" counts only at a word's start, not inside "Apartments".
    expect(categoryPictogram("Apartments")).toBe("tag");
  });

  it("has a drawing for every name it returns", () => {
    for (const c of ["Begegnung", "Verkehr", "Kultur", "Wohnen"]) {
      expect(drawings[categoryPictogram(c)]).toMatch(/^M/);
    }
  });
});
