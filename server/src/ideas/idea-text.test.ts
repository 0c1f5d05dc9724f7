import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bodyOf, projected, titleOf } from "./idea-text.ts";

function ideaDoc(title: string, body: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText("title").insert(0, title);
  doc.getText("body").insert(0, body);
  return doc;
}

describe("co-written text copied into SQL", () => {
  it("normalises a title a hand-made client wrote into the Y.Text", () => {
    const doc = ideaDoc("Bank\r\nFake-Line\u202egpj.exe\u0000", "");
    expect(titleOf(doc)).toBe("Bank Fake-Linegpj.exe");
  });

  it("keeps a body's lines but drops CR, NUL and bidi overrides", () => {
    const doc = ideaDoc("Bank", "eins\r\nzwei\u0000\u2066drei\n");
    expect(bodyOf(doc)).toBe("eins\nzweidrei");
  });

  it("keeps the last good title while a title of only controls is being retyped", () => {
    const doc = ideaDoc("\u202e\u0000\r\n", "");
    expect(projected(doc, { title: "Alter Titel", body: "" }).title).toBe("Alter Titel");
  });
});
