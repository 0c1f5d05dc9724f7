import { describe, expect, it } from "vitest";
import { registerInput } from "../auth/schemas.ts";
import { createBoardInput } from "../boards/schemas.ts";
import { createCommentInput } from "../comments/schemas.ts";
import { createIdeaInput } from "../ideas/schemas.ts";
import { reportInput, statusInput } from "../moderation/schemas.ts";
import { updateProjectInput } from "../projects/schemas.ts";
import { joinInput, tableInput } from "../workshops/schemas.ts";

const FAKE = "Bank\r\nFake-Line: ja\u202e\u0000";
const CLEAN = "Bank Fake-Line: ja";

describe("single-line fields in the schemas", () => {
  it("normalise titles, names, categories and contacts", () => {
    expect(createIdeaInput.parse({ title: FAKE, category: "Grün\u2066" })).toMatchObject({
      title: CLEAN,
      category: "Grün",
    });
    expect(createBoardInput.parse({ title: FAKE, categories: ["Ver\nkehr"] })).toMatchObject({
      title: CLEAN,
      categories: ["Ver kehr"],
    });
    expect(tableInput.parse({ title: FAKE }).title).toBe(CLEAN);
    expect(updateProjectInput.parse({ title: FAKE }).title).toBe(CLEAN);
    expect(joinInput.parse({ code: "ABC-DEF", name: "Leyla\r\nAdmin" }).name).toBe("Leyla Admin");
    expect(
      registerInput.parse({ email: "a@b.de", password: "lange-genug-1", name: "\u202eAnna\u0007" }).name,
    ).toBe("Anna");
    const contact = statusInput.parse({
      status: "forwarded",
      contact: { office: FAKE, person: "Frau\nX", phone: "0621\t123" },
    }).contact;
    expect(contact).toEqual({ office: CLEAN, person: "Frau X", phone: "0621 123" });
  });

  it("check length after normalising: nothing but controls is empty", () => {
    expect(createIdeaInput.safeParse({ title: "\u0000\u202e\r\n  \u2066" }).success).toBe(false);
    expect(createBoardInput.safeParse({ title: "\u202e\u202e" }).success).toBe(false);
    expect(
      registerInput.safeParse({ email: "a@b.de", password: "lange-genug-1", name: "\u0007" }).success,
    ).toBe(false);
  });
});

describe("multi-line fields in the schemas", () => {
  it("keep line feeds and lose CR, NUL and bidi overrides", () => {
    expect(createIdeaInput.parse({ title: "Bank", body: "eins\r\nzwei\u0000\u202e" }).body).toBe(
      "eins\nzwei",
    );
    expect(createCommentInput.parse({ body: "ja\r\n\r\ngenau\u2067" }).body).toBe("ja\n\ngenau");
    expect(reportInput.parse({ reason: " Spam\u0000\r\n" }).reason).toBe("Spam");
  });
});
