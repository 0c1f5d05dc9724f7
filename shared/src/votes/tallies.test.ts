import { describe, expect, it } from "vitest";
import { talliesVisible } from "./tallies.ts";

describe("talliesVisible", () => {
  it("hides dot tallies until revealed", () => {
    expect(talliesVisible({ voting: { kind: "up" }, revealed: false })).toBe(true);
    expect(talliesVisible({ voting: { kind: "dots", dots: 3 }, revealed: false })).toBe(false);
    expect(talliesVisible({ voting: { kind: "dots", dots: 3 }, revealed: true })).toBe(true);
  });

  it("shows them to managers always", () => {
    expect(talliesVisible({ voting: { kind: "dots", dots: 3 }, revealed: false }, true)).toBe(true);
  });
});
