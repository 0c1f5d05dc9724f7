import { describe, expect, it } from "vitest";
import { may } from "./may.ts";
import { renderFor } from "./session.ts";

const open = {
  id: "b1",
  mode: "open",
  visibility: "public",
  postingOpen: true,
  voting: { kind: "up" },
  phase: null,
} as const;

describe("may", () => {
  it("asks the shared permission table about the signed-in person", () => {
    renderFor(null);
    expect(may("board.read", open)).toBe(true);
    expect(may("idea.create", open)).toBe(false);
    renderFor({ id: "u1", name: "Rita", role: "resident" });
    expect(may("idea.create", open)).toBe(true);
    expect(may("moderation.desk", null)).toBe(false);
    renderFor({ id: "m1", name: "Maria", role: "manager" });
    expect(may("moderation.desk", null)).toBe(true);
    expect(may("workshop.facilitate", null)).toBe(true);
    renderFor({ id: "g1", name: "Gast", role: "guest" });
    expect(may("project.manage", null)).toBe(false);
  });
});
