import { describe, expect, it } from "vitest";
import { formatJoinCode, JOIN_CODE_ALPHABET, nextTimer, normalizeJoinCode, timeLeft } from "./rules.ts";

describe("join codes", () => {
  it("accept what people type and refuse ambiguous characters", () => {
    expect(normalizeJoinCode(" acd-efh ")).toBe("ACDEFH");
    expect(normalizeJoinCode("ACD EFH")).toBe("ACDEFH");
    expect(normalizeJoinCode("ACDEF0")).toBeNull();
    expect(normalizeJoinCode("ACDEFHJ")).toBeNull();
    for (const ch of "01258OILZSB") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });
  it("are shown in two groups", () => {
    expect(formatJoinCode("ACDEFH")).toBe("ACD-EFH");
  });
});

describe("the timer", () => {
  it("starts, pauses, resumes and gets a minute more", () => {
    let t = nextTimer({ endsAt: null, remainingMs: null }, { action: "start", seconds: 300 }, 1_000);
    expect(timeLeft(t, 61_000)).toBe(240_000);
    t = nextTimer(t, { action: "pause" }, 61_000);
    expect(t).toEqual({ endsAt: null, remainingMs: 240_000 });
    expect(timeLeft(t, 999_999)).toBe(240_000);
    t = nextTimer(t, { action: "add", seconds: 60 }, 70_000);
    expect(t.remainingMs).toBe(300_000);
    t = nextTimer(t, { action: "resume" }, 100_000);
    expect(t).toEqual({ endsAt: 400_000, remainingMs: null });
    t = nextTimer(t, { action: "add", seconds: 60 }, 500_000);
    expect(t.endsAt).toBe(560_000);
    expect(timeLeft(t, 600_000)).toBe(0);
    expect(nextTimer(t, { action: "reset" }, 0)).toEqual({ endsAt: null, remainingMs: null });
  });
});
