import { describe, expect, it } from "vitest";
import { boardDefaults, boardQuery, createBoardInput, updateBoardInput } from "./schemas.ts";

describe("createBoardInput", () => {
  it("accepts the contract's shape", () => {
    const parsed = createBoardInput.parse({
      title: " Nachbarschaft ",
      mode: "workshop",
      moderation: "pre",
      voting: { kind: "dots", dots: 3 },
    });
    expect(parsed.title).toBe("Nachbarschaft");
    expect(parsed.voting).toEqual({ kind: "dots", dots: 3 });
  });

  it("rejects an empty title, zero dots, duplicate categories and unknown modes", () => {
    expect(createBoardInput.safeParse({ title: "  " }).success).toBe(false);
    expect(createBoardInput.safeParse({ title: "A", voting: { kind: "dots", dots: 0 } }).success).toBe(false);
    expect(createBoardInput.safeParse({ title: "A", categories: ["Spielplatz", "spielplatz"] }).success).toBe(
      false,
    );
    expect(createBoardInput.safeParse({ title: "A", mode: "party" }).success).toBe(false);
  });
});

describe("boardDefaults", () => {
  it("makes open boards public with up-votes and workshops private with dots", () => {
    expect(boardDefaults({ title: "A" })).toMatchObject({ visibility: "public", voting: { kind: "up" } });
    expect(boardDefaults({ title: "B", mode: "workshop" })).toMatchObject({
      visibility: "private",
      voting: { kind: "dots", dots: 5 },
    });
  });
});

describe("updateBoardInput", () => {
  it("needs at least one field", () => {
    expect(updateBoardInput.safeParse({}).success).toBe(false);
    expect(updateBoardInput.safeParse({ postingOpen: false }).success).toBe(true);
  });
});

describe("boardQuery", () => {
  it("reads `first` from the query string as a number and ignores other parameters", () => {
    expect(boardQuery.parse({ first: "60", utm: "x" })).toEqual({ first: 60 });
    expect(boardQuery.parse({})).toEqual({});
  });

  it("refuses a `first` outside 1–1000, empty, fractional, repeated or not a number", () => {
    for (const first of ["0", "1001", "", "2.5", "zehn", ["1", "2"]]) {
      expect(boardQuery.safeParse({ first }).success).toBe(false);
    }
  });
});
