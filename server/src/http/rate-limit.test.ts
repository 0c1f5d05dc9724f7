import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit.ts";

describe("RateLimiter", () => {
  it("allows the limit, refuses past it and forgets after the window", () => {
    let now = 1_000;
    const limiter = new RateLimiter(3, 60_000, () => now);
    expect([1, 2, 3].map(() => limiter.take("k"))).toEqual([true, true, true]);
    expect(limiter.take("k")).toBe(false);
    expect(limiter.blocked("k")).toBe(true);
    expect(limiter.take("other")).toBe(true);
    expect(limiter.retryAfter("k")).toBe(60);
    now += 60_000;
    expect(limiter.take("k")).toBe(true);
  });

  it("can be reset for a key", () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take("k");
    expect(limiter.take("k")).toBe(false);
    limiter.reset("k");
    expect(limiter.take("k")).toBe(true);
  });
});
