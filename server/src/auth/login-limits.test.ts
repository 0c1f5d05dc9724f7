import { describe, expect, it } from "vitest";
import { LOGIN_LIMITS, LoginLimits } from "./login-limits.ts";

function limits() {
  const waits: number[] = [];
  const login = new LoginLimits(LOGIN_LIMITS, Date.now, async (ms) => {
    waits.push(ms);
  });
  return { login, waits };
}

const refusal = expect.objectContaining({ code: "rate_limited" });

describe("LoginLimits", () => {
  it("counts checks still running: the pair limit holds before any answer is known", () => {
    const { login } = limits();
    for (let i = 0; i < LOGIN_LIMITS.perPair; i++) login.begin("10.0.0.1", "a@example.org");
    expect(() => login.begin("10.0.0.1", "a@example.org")).toThrow(refusal);
    expect(() => login.begin("10.0.0.2", "a@example.org")).not.toThrow();
    expect(() => login.begin("10.0.0.1", "b@example.org")).not.toThrow();
  });

  it("refuses an address over its limit whatever the account", () => {
    const { login } = limits();
    for (let i = 0; i < LOGIN_LIMITS.perAddress; i++) login.begin("10.0.0.1", `p${i}@example.org`);
    expect(() => login.begin("10.0.0.1", "fresh@example.org")).toThrow(refusal);
  });

  it("gives a success's count back and starts its pair afresh", () => {
    const { login } = limits();
    for (let i = 0; i < LOGIN_LIMITS.perPair - 1; i++) login.begin("10.0.0.1", "a@example.org");
    login.begin("10.0.0.1", "a@example.org").succeeded();
    for (let i = 0; i < LOGIN_LIMITS.perPair; i++) login.begin("10.0.0.1", "a@example.org");
    expect(() => login.begin("10.0.0.1", "a@example.org")).toThrow(refusal);
  });

  it("only slows an account guessed at from many addresses, never refuses it", async () => {
    const { login, waits } = limits();
    for (let i = 0; i < LOGIN_LIMITS.accountSlowAfter; i++)
      await login.begin(`10.0.1.${i}`, "a@example.org").pause();
    expect(waits).toEqual([]);
    const owner = login.begin("10.0.2.1", "a@example.org");
    await owner.pause();
    expect(waits).toEqual([LOGIN_LIMITS.slowdownMs]);
    owner.succeeded();
  });
});
