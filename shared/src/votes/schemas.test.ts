import { describe, expect, it } from "vitest";
import { dotsInput, withinBudget } from "./schemas.ts";

describe("dotsInput", () => {
  it("takes whole non-negative numbers only", () => {
    expect(dotsInput.safeParse({ dots: 2 }).success).toBe(true);
    expect(dotsInput.safeParse({ dots: -1 }).success).toBe(false);
    expect(dotsInput.safeParse({ dots: 1.5 }).success).toBe(false);
    expect(dotsInput.safeParse({}).success).toBe(false);
  });
});

describe("withinBudget", () => {
  it("counts the dots spent on other ideas", () => {
    expect(withinBudget({ budget: 5, spentElsewhere: 3, next: 2 })).toBe(true);
    expect(withinBudget({ budget: 5, spentElsewhere: 3, next: 3 })).toBe(false);
    expect(withinBudget({ budget: 5, spentElsewhere: 0, next: 0 })).toBe(true);
  });
});
