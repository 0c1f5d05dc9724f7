import type { BoardDocProject } from "@quer/shared/projects/live";
import { describe, expect, it } from "vitest";
import { changesBetween } from "./live-changes.ts";

const before: BoardDocProject = {
  id: "p1",
  ideaId: "i1",
  title: "Hochbeete",
  status: "planning",
  budgetRequested: 0,
  budgetGranted: 0,
  fundYear: 2026,
  team: [{ id: "u1", name: "Anna" }],
  news: [],
  fund: { year: 2026, amount: 500000, granted: 0, left: 500000 },
};

describe("what changed on a project", () => {
  it("names each change once, the newest news last", () => {
    const after: BoardDocProject = {
      ...before,
      status: "running",
      team: [{ id: "u2", name: "Ben" }],
      news: [
        { id: "n2", authorName: "Ben", body: "Zweitens", createdAt: "2026-05-02T10:00:00.000Z" },
        { id: "n1", authorName: "Anna", body: "Erstens", createdAt: "2026-05-01T10:00:00.000Z" },
      ],
      budgetGranted: 25000,
      fund: { year: 2026, amount: 500000, granted: 25000, left: 475000 },
    };
    expect(changesBetween(before, after, null)).toEqual([
      { kind: "status", status: "running" },
      { kind: "joined", name: "Ben" },
      { kind: "left", name: "Anna" },
      { kind: "money", requested: 0, granted: 25000 },
      { kind: "fund", year: 2026, left: 475000 },
      { kind: "news", name: "Anna", body: "Erstens" },
      { kind: "news", name: "Ben", body: "Zweitens" },
    ]);
  });

  it("leaves out the viewer's own joining, and says nothing when nothing changed", () => {
    const joined = { ...before, team: [...before.team, { id: "me", name: "Ich" }] };
    expect(changesBetween(before, joined, "me")).toEqual([]);
    expect(changesBetween(before, { ...before }, "u1")).toEqual([]);
  });
});
