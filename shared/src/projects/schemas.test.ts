import { describe, expect, it } from "vitest";
import { fundInput, fundLeft, updateProjectInput } from "./schemas.ts";

describe("project schemas", () => {
  it("take money as whole cents only", () => {
    expect(updateProjectInput.safeParse({ budgetGranted: 15000 }).success).toBe(true);
    expect(updateProjectInput.safeParse({ budgetGranted: 150.5 }).success).toBe(false);
    expect(updateProjectInput.safeParse({ budgetGranted: -1 }).success).toBe(false);
    expect(updateProjectInput.safeParse({}).success).toBe(false);
    expect(fundInput.safeParse({ year: 2026, amount: 500000 }).success).toBe(true);
  });

  it("compute what is left of a fund", () => {
    expect(fundLeft(500000, [100000, 25050])).toBe(374950);
    expect(fundLeft(1000, [])).toBe(1000);
  });
});
