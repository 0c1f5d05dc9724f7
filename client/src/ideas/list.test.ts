import * as shared from "@quer/shared";
import { describe, expect, it } from "vitest";
import * as local from "./list.ts";

const ideas = [
  { id: "a", createdAt: "2026-01-02T10:00:00.000Z", votes: 3, kind: "idea" as const, category: "Verkehr" },
  { id: "b", createdAt: "2026-01-03T10:00:00.000Z", votes: 3, kind: "problem" as const, category: null },
  { id: "c", createdAt: "2026-01-01T10:00:00.000Z", votes: 7, kind: "idea" as const, category: "Kultur" },
  { id: "d", createdAt: "2026-01-03T10:00:00.000Z", kind: "idea" as const, category: "Verkehr" },
];

describe("client copies of the shared idea helpers", () => {
  it("keep the same constants", () => {
    expect(local.ideaKinds).toEqual(shared.ideaKinds);
    expect(local.ideaSorts).toEqual(shared.ideaSorts);
    expect(local.IDEA_TITLE_MAX).toBe(shared.IDEA_TITLE_MAX);
    expect(local.IDEA_BODY_MAX).toBe(shared.IDEA_BODY_MAX);
    expect(shared.createIdeaInput.safeParse({ title: "x".repeat(local.IDEA_TITLE_MIN) }).success).toBe(true);
    expect(shared.createIdeaInput.safeParse({ title: "x".repeat(local.IDEA_TITLE_MIN - 1) }).success).toBe(
      false,
    );
  });

  it("sort and filter like the shared versions", () => {
    for (const by of shared.ideaSorts) {
      expect(local.sortIdeas(ideas, by).map((i) => i.id)).toEqual(
        shared.sortIdeas(ideas, by).map((i) => i.id),
      );
    }
    for (const filter of [
      {},
      { kind: "idea" as const },
      { category: "Verkehr" },
      { kind: "problem" as const },
    ]) {
      expect(local.filterIdeas(ideas, filter)).toEqual(shared.filterIdeas(ideas, filter));
    }
  });

  it("cut excerpts like the shared version", () => {
    const long = `${"Wort ".repeat(60)}Ende`;
    for (const body of ["", "  kurz \n text ", long, "x".repeat(300)]) {
      expect(local.excerptOf(body)).toBe(shared.excerptOf(body));
    }
  });
});
