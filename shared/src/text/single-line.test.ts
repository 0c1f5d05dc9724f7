import { describe, expect, it } from "vitest";
import { multiLine } from "./multi-line.ts";
import { singleLine } from "./single-line.ts";

const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];
const MARKS = ["\u200e", "\u200f", "\u061c"];

/** What a single line must never hold: controls, line and paragraph separators, bidi controls. */
function forbidden(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    c < 0x20 ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    BIDI.includes(ch) ||
    MARKS.includes(ch)
  );
}

describe("singleLine", () => {
  it("turns line breaks into spaces, so no text can start a line of its own", () => {
    expect(singleLine("Bank\r\nFake-Line: ja")).toBe("Bank Fake-Line: ja");
    for (const br of ["\n", "\r", "\v", "\f", "\u0085", "\u2028", "\u2029", "\t"]) {
      expect(singleLine(`a${br}b`)).toBe("a b");
    }
  });

  it("removes NUL, other C0 and C1 controls and DEL", () => {
    expect(singleLine("a\u0000b\u0007c\u001bd\u007fe\u0090f\u009fg")).toBe("abcdefg");
  });

  it("removes bidi overrides, isolates and marks", () => {
    for (const ch of [...BIDI, ...MARKS]) expect(singleLine(`Plan${ch}gpj.exe`)).toBe("Plangpj.exe");
  });

  it("collapses white space, trims, and composes to NFC", () => {
    expect(singleLine("  Mehr \u00a0  Grün  ")).toBe("Mehr Grün");
    expect(singleLine("Gru\u0308n")).toBe("Grün");
    expect(singleLine("Gru\u0308n")).toHaveLength(4);
  });

  it("leaves ordinary text alone, in any script", () => {
    for (const text of ["Eine Bank am Spielplatz", "مقعد في الحديقة", "Лавка у школы", "Çocuk parkı"]) {
      expect(singleLine(text)).toBe(text);
    }
  });

  it("is idempotent and never leaves a control, a bidi control or a line break", () => {
    const alphabet = [
      "a",
      " ",
      "\n",
      "\r",
      "\t",
      "\u0000",
      "\u0085",
      "\u2028",
      "\u00a0",
      "u\u0308",
      ...BIDI,
      ...MARKS,
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: next() % 20 }, () => alphabet[next() % alphabet.length]).join("");
      const once = singleLine(text);
      expect(singleLine(once)).toBe(once);
      expect([...once].filter(forbidden)).toEqual([]);
      expect(once).not.toMatch(/^\s|\s$|\s\s/);
    }
  });
});

describe("multiLine", () => {
  it("keeps line feeds, turns CR and CRLF into them", () => {
    expect(multiLine("eins\r\nzwei\rdrei\nvier\u2028fünf")).toBe("eins\nzwei\ndrei\nvier\nfünf");
  });

  it("removes NUL and other controls, and tabs become spaces", () => {
    expect(multiLine("a\u0000b\u0007c\u001bd\u007fe\u0090f\tg")).toBe("abcdef g");
  });

  it("removes bidi overrides and isolates, keeps the marks mixed-direction text needs", () => {
    for (const ch of BIDI) expect(multiLine(`Plan${ch}gpj.exe`)).toBe("Plangpj.exe");
    for (const ch of MARKS) expect(multiLine(`a${ch}b`)).toBe(`a${ch}b`);
  });
});
