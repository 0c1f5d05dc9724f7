import { describe, expect, it } from "vitest";
import { loginInput, registerInput } from "./schemas.ts";

describe("registerInput", () => {
  it("normalises the e-mail address and trims the name", () => {
    const parsed = registerInput.parse({
      email: "  Anna@Example.ORG ",
      password: "lange-genug-1",
      name: "  Anna K. ",
    });
    expect(parsed).toEqual({ email: "anna@example.org", password: "lange-genug-1", name: "Anna K." });
  });

  it("rejects short passwords, bad addresses, names of nothing but controls and unknown keys", () => {
    expect(registerInput.safeParse({ email: "a@b.de", password: "kurz", name: "A" }).success).toBe(false);
    expect(registerInput.safeParse({ email: "nope", password: "lange-genug-1", name: "A" }).success).toBe(
      false,
    );
    expect(
      registerInput.safeParse({ email: "a@b.de", password: "lange-genug-1", name: "\u0007\u202e" }).success,
    ).toBe(false);
    expect(
      registerInput.safeParse({ email: "a@b.de", password: "lange-genug-1", name: "A", role: "manager" })
        .success,
    ).toBe(false);
  });
});

describe("loginInput", () => {
  it("needs both fields", () => {
    expect(loginInput.safeParse({ email: "a@b.de" }).success).toBe(false);
    expect(loginInput.safeParse({ email: "a@b.de", password: "x" }).success).toBe(true);
  });
});
