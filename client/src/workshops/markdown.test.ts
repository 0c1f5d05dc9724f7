import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown.ts";

describe("minutes Markdown", () => {
  it("reads headings, lists and paragraphs and undoes escapes", () => {
    const blocks = parseMarkdown(
      "# Protokoll: Park\n\n- Beginn: heute\n- Code: ACD-EFH\n\nZeile eins\nZeile zwei\n\n### Gr\\_ün\n\n- \\<b\\>fett\\</b\\> – 3 Punkte\n",
    );
    expect(blocks).toEqual([
      { kind: "heading", level: 1, text: "Protokoll: Park" },
      { kind: "list", items: ["Beginn: heute", "Code: ACD-EFH"] },
      { kind: "paragraph", text: "Zeile eins Zeile zwei" },
      { kind: "heading", level: 3, text: "Gr_ün" },
      { kind: "list", items: ["<b>fett</b> – 3 Punkte"] },
    ]);
  });
});
