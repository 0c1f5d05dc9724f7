import { describe, expect, it } from "vitest";
import { asKept, changeOf, shorten } from "./version-change.ts";

describe("changeOf", () => {
  it("finds the changed middle with the words around it", () => {
    expect(changeOf("Bank am Park", "Bank im Park")).toEqual({
      before: "Bank ",
      removed: "a",
      added: "i",
      after: "m Park",
    });
  });

  it("tells a wiped text as everything removed", () => {
    expect(changeOf("Einmal im Monat.", "")).toEqual({
      before: "",
      removed: "Einmal im Monat.",
      added: "",
      after: "",
    });
  });

  it("is null for equal texts", () => {
    expect(changeOf("gleich", "gleich")).toBeNull();
  });

  it("never cuts an emoji in half", () => {
    const change = changeOf("Treff 🌳", "Treff 🌲");
    expect(change?.removed).toBe("🌳");
    expect(change?.added).toBe("🌲");
  });

  it("shortens long context at a word", () => {
    const long = "Ein sehr langer Satz über den Spielplatz, der Bänke braucht und mehr Schatten";
    const change = changeOf(`${long} jetzt.`, `${long} bald.`);
    expect(change?.before.startsWith("…")).toBe(true);
    expect(change?.before.length).toBeLessThanOrEqual(41);
    expect(change?.added).toBe("bald");
  });
});

describe("shorten and asKept", () => {
  it("keeps the start and the end of a long stretch", () => {
    const text = "a".repeat(100) + "b".repeat(100);
    const short = shorten(text, 41);
    expect(short).toBe(`${"a".repeat(19)} … ${"b".repeat(19)}`);
    expect(shorten("kurz")).toBe("kurz");
    const words =
      "Im Sommer fehlt am Marktplatz Wasser. Ein Trinkbrunnen würde Kindern, Älteren und allen helfen.";
    expect(shorten(words, 60)).toBe("Im Sommer fehlt am … Älteren und allen helfen.");
  });

  it("compares the way the server keeps versions", () => {
    expect(asKept({ title: "  Bank  am\nPark ", body: " Text \n" })).toEqual({
      title: "Bank am Park",
      body: "Text",
    });
  });
});
