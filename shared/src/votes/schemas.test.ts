import { describe, expect, it } from "vitest";
import { dotsInput } from "./schemas.ts";

describe("dotsInput", () => {
  it("takes whole non-negative numbers only", () => {
    expect(dotsInput.safeParse({ dots: 2 }).success).toBe(true);
    expect(dotsInput.safeParse({ dots: -1 }).success).toBe(false);
    expect(dotsInput.safeParse({ dots: 1.5 }).success).toBe(false);
    expect(dotsInput.safeParse({}).success).toBe(false);
  });
});
