import { describe, expect, it } from "vitest";
import { DESK_DOC, docName, isServerWritten, parseDocName } from "./doc-names.ts";

describe("parseDocName", () => {
  it("parses the contract's names", () => {
    expect(parseDocName("board:abcd1234")).toEqual({ kind: "board", id: "abcd1234", name: "board:abcd1234" });
    expect(parseDocName(docName("idea", "0123456789abcdef"))?.kind).toBe("idea");
  });
  it("refuses unknown kinds, odd ids and extra parts", () => {
    for (const bad of [
      "",
      "board",
      "board:",
      "user:abcd1234",
      "board:ABCD1234",
      "board:abcd1234:x",
      "board:../x",
      "desk:someoneelse",
      "desk:managers2",
    ]) {
      expect(parseDocName(bad)).toBeNull();
    }
  });
  it("marks board documents as server-written", () => {
    expect(isServerWritten("board")).toBe(true);
    expect(isServerWritten("idea")).toBe(false);
  });
  it("knows the desk's one document, which only the server writes", () => {
    expect(parseDocName(DESK_DOC)).toEqual({ kind: "desk", id: "managers", name: "desk:managers" });
    expect(isServerWritten("desk")).toBe(true);
  });
});
