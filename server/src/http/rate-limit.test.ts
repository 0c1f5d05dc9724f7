import { describe, expect, it } from "vitest";
import { limitWrites, RateLimiter } from "./rate-limit.ts";

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

describe("limitWrites", () => {
  it("answers 429 past the limit for that person only", () => {
    const limiter = new RateLimiter(2, 60_000);
    limitWrites(limiter, "a");
    limitWrites(limiter, "a");
    expect(() => limitWrites(limiter, "a")).toThrow(expect.objectContaining({ code: "rate_limited" }));
    expect(() => limitWrites(limiter, "b")).not.toThrow();
  });
});

describe("RateLimiter under reservation", () => {
  it("does not count refused attempts, and gives a released attempt back", () => {
    const limiter = new RateLimiter(2, 60_000);
    expect([limiter.take("k"), limiter.take("k"), limiter.take("k")]).toEqual([true, true, false]);
    limiter.release("k");
    expect(limiter.take("k")).toBe(true);
    expect(limiter.take("k")).toBe(false);
    expect(limiter.add("k")).toBe(3);
  });
});
