import { describe, expect, it } from "vitest";
import { sniffLogoType } from "./logo-type.ts";

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("sniffLogoType", () => {
  it("knows PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffLogoType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(sniffLogoType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffLogoType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, text and anything cut short", () => {
    expect(sniffLogoType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffLogoType(bytes("kein Bild, nur Text"))).toBeNull();
    expect(sniffLogoType(bytes([0x89], "PNG"))).toBeNull();
    expect(sniffLogoType(bytes("RIFF", [1, 2, 3, 4], "WAVE"))).toBeNull();
  });
});
