import { describe, expect, it } from "vitest";
import { digestDay } from "./digest.ts";

describe("the digest's hour", () => {
  it("is on the office's clock, whatever time zone the server runs in", () => {
    // Winter: Berlin is UTC+1. 16:30 UTC is 17:30 there, before six; 17:30 UTC is 18:30.
    expect(digestDay(Date.UTC(2026, 11, 6, 16, 30), 18)).toBeNull();
    expect(digestDay(Date.UTC(2026, 11, 6, 17, 30), 18)).toBe("2026-12-06");
    // Summer: UTC+2. 16:00 UTC is already six in the evening.
    expect(digestDay(Date.UTC(2026, 6, 1, 16, 0), 18)).toBe("2026-07-01");
    // 23:30 UTC on the 31st is the next day in Berlin, and past midnight is hour 0.
    expect(digestDay(Date.UTC(2026, 11, 31, 23, 30), 0)).toBe("2027-01-01");
    expect(digestDay(Date.UTC(2026, 11, 31, 23, 30), 1)).toBeNull();
  });
});
