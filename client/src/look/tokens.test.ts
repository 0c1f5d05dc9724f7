import { describe, expect, it } from "vitest";
import { contrast, luminance, pairs, palettes, projectorPairs, themes, tokensCss } from "./tokens.ts";

describe("contrast", () => {
  it("follows WCAG's formula at its known points", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    // #767676 on white is the classic just-AA grey.
    expect(contrast("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrast("#ffffff", "#767676")).toBe(contrast("#767676", "#ffffff"));
  });

  it("refuses what is not #rrggbb", () => {
    expect(() => luminance("red")).toThrow();
  });
});

describe("tokens", () => {
  for (const theme of themes) {
    it(`reach AA for every pair in the ${theme} theme`, () => {
      const failing = pairs
        .map(([fg, bg, min, why]) => ({
          why,
          ratio: contrast(palettes[theme][fg], palettes[theme][bg]),
          min,
        }))
        .filter((p) => p.ratio < p.min);
      expect(failing).toEqual([]);
    });

    it(`reach the projector's AAA in the ${theme} theme`, () => {
      for (const [fg, bg, min] of projectorPairs) {
        expect(contrast(palettes[theme][fg], palettes[theme][bg])).toBeGreaterThanOrEqual(min);
      }
    });
  }

  it("are what client/src/app/tokens.css declares", async () => {
    await expect(tokensCss()).toMatchFileSnapshot("../app/tokens.css");
  });
});
