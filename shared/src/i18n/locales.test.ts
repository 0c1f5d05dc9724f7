import { describe, expect, it } from "vitest";
import { acceptedLanguages, dirOf, intlTag, isLocale, pickLocale } from "./locales.ts";

describe("locales", () => {
  it("knows the contract's seven languages and nothing else", () => {
    for (const l of ["de", "de-x-ls", "en", "tr", "ar", "uk", "ru"]) expect(isLocale(l)).toBe(true);
    for (const l of ["fr", "", "DE", "de-DE", 7, null]) expect(isLocale(l)).toBe(false);
  });

  it("writes Arabic right to left, the others left to right", () => {
    expect(dirOf("ar")).toBe("rtl");
    expect(dirOf("uk")).toBe("ltr");
  });

  it("formats Leichte Sprache as German", () => {
    expect(intlTag("de-x-ls")).toBe("de");
    expect(intlTag("tr")).toBe("tr");
  });

  it("picks the first language the reader and Quer share", () => {
    expect(pickLocale(["fr-FR", "tr-TR", "en"])).toBe("tr");
    expect(pickLocale(["uk_UA"])).toBe("uk");
    expect(pickLocale(["fr", "es"])).toBe("de");
    expect(pickLocale([])).toBe("de");
    // Leichte Sprache is chosen, never guessed: a browser asking for it gets German.
    expect(pickLocale(["de-x-ls", "en"])).toBe("de");
  });

  it("orders Accept-Language by weight", () => {
    expect(acceptedLanguages("en;q=0.5, ar, ru;q=0.9, *;q=0.1")).toEqual(["ar", "ru", "en"]);
    expect(acceptedLanguages("fr;q=0, de")).toEqual(["de"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
    expect(pickLocale(acceptedLanguages("ru-RU,ru;q=0.9,de;q=0.8"))).toBe("ru");
  });
});
