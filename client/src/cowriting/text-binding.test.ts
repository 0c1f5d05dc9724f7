import { describe, expect, it } from "vitest";
import { minimalEdit } from "./text-binding.ts";

describe("minimalEdit", () => {
  it("places an insert where the caret is, even among equal characters", () => {
    expect(minimalEdit("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(minimalEdit("aa", "aaa", 2)).toEqual({ index: 1, remove: 0, insert: "a" });
    expect(minimalEdit("aa", "aaa", 3)).toEqual({ index: 2, remove: 0, insert: "a" });
  });

  it("turns a replaced selection into one delete and one insert", () => {
    expect(minimalEdit("Bank am Park", "Bank im Park", 6)).toEqual({ index: 5, remove: 1, insert: "i" });
    expect(minimalEdit("Hallo Welt", "Hallo", 5)).toEqual({ index: 5, remove: 5, insert: "" });
  });

  it("does nothing for equal text", () => {
    expect(minimalEdit("gleich", "gleich", 3)).toMatchObject({ remove: 0, insert: "" });
  });
});
