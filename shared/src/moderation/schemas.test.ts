import { describe, expect, it } from "vitest";
import { statusInput } from "./schemas.ts";

describe("statusInput", () => {
  it("needs a reason to decline and an office to forward", () => {
    expect(statusInput.safeParse({ status: "declined" }).success).toBe(false);
    expect(statusInput.safeParse({ status: "declined", reason: "  " }).success).toBe(false);
    expect(
      statusInput.safeParse({
        status: "declined",
        reason: "Nicht förderfähig.",
      }).success,
    ).toBe(true);
    expect(statusInput.safeParse({ status: "forwarded" }).success).toBe(false);
    expect(statusInput.safeParse({ status: "forwarded", contact: { office: "" } }).success).toBe(false);
    expect(
      statusInput.safeParse({
        status: "forwarded",
        contact: { office: "Bauamt", email: "bauamt@leimen.de" },
      }).success,
    ).toBe(true);
  });

  it("takes the other statuses alone and refuses unknown ones", () => {
    for (const status of ["new", "reviewing", "accepted", "project", "done"]) {
      expect(statusInput.safeParse({ status }).success).toBe(true);
    }
    expect(statusInput.safeParse({ status: "maybe" }).success).toBe(false);
    expect(
      statusInput.safeParse({
        status: "forwarded",
        contact: { office: "A", url: "no-url" },
      }).success,
    ).toBe(false);
  });
});
