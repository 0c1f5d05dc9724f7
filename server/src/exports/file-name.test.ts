import { describe, expect, it } from "vitest";
import { attachment } from "./file-name.ts";

describe("attachment", () => {
  it("keeps umlauts in filename* and spells them out in the ASCII name", () => {
    expect(attachment("Ideen für unser Viertel", "Tabelle", "csv", "Board")).toBe(
      `attachment; filename="Ideen-fuer-unser-Viertel-Tabelle.csv"; ` +
        `filename*=UTF-8''Ideen-f%C3%BCr-unser-Viertel-Tabelle.csv`,
    );
  });

  it("reads back to the name with its umlauts, also from decomposed input", () => {
    const header = attachment("Straße am Bürgerhaus", "Rohdaten", "csv", "Board");
    const star = /filename\*=UTF-8''(.+)$/.exec(header)?.[1] ?? "";
    expect(decodeURIComponent(star)).toBe("Straße-am-Bürgerhaus-Rohdaten.csv");
    const decomposed = attachment("Ideen fu\u0308r alle", "Tabelle", "csv", "Board");
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(decomposed)?.[1] ?? "")).toBe(
      "Ideen-für-alle-Tabelle.csv",
    );
    expect(decomposed).toContain('filename="Ideen-fuer-alle-Tabelle.csv"');
  });

  it("never lets a quote, semicolon or line break out of the header", () => {
    const header = attachment('A"; filename="evil.exe\r\nX', "Daten", "json", "Board");
    expect(header).toBe(
      `attachment; filename="A-filename-evil-exe-X-Daten.json"; filename*=UTF-8''A-filename-evil-exe-X-Daten.json`,
    );
  });

  it("falls back to a name when the title has no letters", () => {
    expect(attachment("!!!", "Tabelle", "csv", "Board")).toBe(
      `attachment; filename="Board-Tabelle.csv"; filename*=UTF-8''Board-Tabelle.csv`,
    );
    // A title in another script keeps its letters where programs can read them.
    expect(attachment("Ωμέγα", "Tabelle", "csv", "Board")).toBe(
      `attachment; filename="Board-Tabelle.csv"; filename*=UTF-8''%CE%A9%CE%BC%CE%AD%CE%B3%CE%B1-Tabelle.csv`,
    );
  });
});
