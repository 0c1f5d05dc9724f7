import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("starts with a BOM, quotes what needs it and ends lines with CRLF", () => {
    const csv = toCsv(
      ["a", "b"],
      [
        ["Grün, schön", 'Er sagte "ja"'],
        ["Zeile\nzwei", 3],
      ],
      ",",
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1)).toBe('a,b\r\n"Grün, schön","Er sagte ""ja"""\r\n"Zeile\nzwei",3\r\n');
  });

  it("uses semicolons when asked and quotes them then", () => {
    expect(toCsv(["x"], [["a;b"], ["a,b"]], ";").slice(1)).toBe('x\r\n"a;b"\r\na,b\r\n');
  });

  it("defuses formulas", () => {
    expect(toCsv(["x"], [["=HYPERLINK(1)"], ["-5"], ["@sum"]], ",").slice(1)).toBe(
      "x\r\n'=HYPERLINK(1)\r\n'-5\r\n'@sum\r\n",
    );
    expect(toCsv(["x"], [["+1"], ["\tcmd"], ["\rcmd"], ["a=b"]], ";").slice(1)).toBe(
      "x\r\n'+1\r\n'\tcmd\r\n\"'\rcmd\"\r\na=b\r\n",
    );
  });
});
