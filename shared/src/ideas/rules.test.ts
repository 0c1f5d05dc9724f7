import { describe, expect, it } from "vitest";
import { excerptOf, filterIdeas, sortIdeas } from "./rules.ts";
import { createIdeaInput } from "./schemas.ts";

describe("createIdeaInput", () => {
  it("accepts a title alone and trims it", () => {
    expect(createIdeaInput.parse({ title: "  Mehr Bänke  " })).toEqual({ title: "Mehr Bänke" });
  });
  it("rejects short titles, unknown kinds and extra keys", () => {
    expect(createIdeaInput.safeParse({ title: "ab" }).success).toBe(false);
    expect(createIdeaInput.safeParse({ title: "Bänke", kind: "wish" }).success).toBe(false);
    expect(createIdeaInput.safeParse({ title: "Bänke", votes: 100 }).success).toBe(false);
    expect(createIdeaInput.safeParse({ title: "x".repeat(121) }).success).toBe(false);
  });
});

describe("excerptOf", () => {
  it("keeps short text and folds white space", () => {
    expect(excerptOf("  Eine\n\nBank  am Platz ")).toBe("Eine Bank am Platz");
  });
  it("cuts long text at a word and marks the cut", () => {
    const text = "Wort ".repeat(100);
    const excerpt = excerptOf(text);
    expect(excerpt.length).toBeLessThanOrEqual(201);
    expect(excerpt.endsWith("Wort…")).toBe(true);
  });
});

describe("sortIdeas", () => {
  const ideas = [
    { id: "a", createdAt: "2026-01-01T00:00:00.000Z", votes: 2 },
    { id: "b", createdAt: "2026-01-03T00:00:00.000Z", votes: 0 },
    { id: "c", createdAt: "2026-01-02T00:00:00.000Z", votes: 2 },
  ];
  it("sorts by votes with newest breaking ties", () => {
    expect(sortIdeas(ideas, "votes").map((i) => i.id)).toEqual(["c", "a", "b"]);
  });
  it("sorts by newest", () => {
    expect(sortIdeas(ideas, "newest").map((i) => i.id)).toEqual(["b", "c", "a"]);
  });
  it("treats absent tallies as zero and leaves the input alone", () => {
    const hidden = ideas.map(({ votes: _v, ...rest }) => rest);
    expect(sortIdeas(hidden, "votes").map((i) => i.id)).toEqual(["b", "c", "a"]);
    expect(ideas[0]?.id).toBe("a");
  });
});

describe("filterIdeas", () => {
  const ideas = [
    { id: "1", kind: "idea" as const, category: "Grün" },
    { id: "2", kind: "problem" as const, category: "Verkehr" },
    { id: "3", kind: "problem" as const, category: null },
  ];
  it("filters by kind and category together", () => {
    expect(filterIdeas(ideas, { kind: "problem" }).map((i) => i.id)).toEqual(["2", "3"]);
    expect(filterIdeas(ideas, { kind: "problem", category: "Verkehr" }).map((i) => i.id)).toEqual(["2"]);
    expect(filterIdeas(ideas, {}).length).toBe(3);
  });
});
