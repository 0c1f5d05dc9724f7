import { describe, expect, it } from "vitest";
import { budgetBoardId, dotsBudget, dotsLeft, type VotingFacts, votingOpen, withinBudget } from "./rules.ts";

const workshop: VotingFacts = {
  id: "w1",
  mode: "workshop",
  voting: { kind: "dots", dots: 5 },
  phase: "vote",
};
const table: VotingFacts = { ...workshop, id: "t1", parentId: "w1" };

describe("votingOpen", () => {
  it("takes dots in a workshop, plenary and tables alike, only in the vote phase", () => {
    for (const board of [workshop, table]) {
      expect(votingOpen(board)).toBe(true);
      for (const phase of ["collect", "cluster", "results", null] as const) {
        expect(votingOpen({ ...board, phase })).toBe(false);
      }
    }
  });

  it("takes up-votes, and dots on an open board, whatever the phase", () => {
    expect(votingOpen({ id: "o", mode: "open", voting: { kind: "up" }, phase: null })).toBe(true);
    expect(votingOpen({ id: "o", mode: "open", voting: { kind: "dots", dots: 3 }, phase: null })).toBe(true);
  });
});

describe("the budget", () => {
  it("is the workshop's, shared by its tables", () => {
    expect(budgetBoardId(workshop)).toBe("w1");
    expect(budgetBoardId(table)).toBe("w1");
    expect(budgetBoardId({ id: "o", parentId: null })).toBe("o");
  });

  it("is the board's dots, and none for up-votes", () => {
    expect(dotsBudget(workshop)).toBe(5);
    expect(dotsBudget({ voting: { kind: "up" } })).toBeNull();
  });

  it("leaves what is not spent, never less than nothing", () => {
    expect(dotsLeft(5, 3)).toBe(2);
    expect(dotsLeft(5, 5)).toBe(0);
    expect(dotsLeft(3, 5)).toBe(0);
  });

  it("counts the dots spent on other ideas", () => {
    expect(withinBudget({ budget: 5, spentElsewhere: 3, next: 2 })).toBe(true);
    expect(withinBudget({ budget: 5, spentElsewhere: 3, next: 3 })).toBe(false);
    expect(withinBudget({ budget: 5, spentElsewhere: 0, next: 0 })).toBe(true);
    expect(withinBudget({ budget: 5, spentElsewhere: 0, next: -1 })).toBe(false);
  });
});
