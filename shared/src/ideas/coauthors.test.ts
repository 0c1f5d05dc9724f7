import { describe, expect, it } from "vitest";
import { peopleQuery } from "./coauthors.ts";

describe("peopleQuery", () => {
  it("needs 2–60 characters after trimming and ignores other parameters", () => {
    expect(peopleQuery.parse({ q: " Be ", page: "2" })).toEqual({ q: "Be" });
    expect(peopleQuery.safeParse({ q: " B " }).success).toBe(false);
    expect(peopleQuery.safeParse({}).success).toBe(false);
  });
});
