import { describe, expect, it } from "vitest";
import { redact } from "./scrub.ts";

describe("redact", () => {
  const person = { id: "x", name: "Jo Ähm", email: "Jo.Aehm@example.org" };

  it("takes out the address in any case and the name as a whole word", () => {
    expect(redact("Jo Ähm (jo.aehm@EXAMPLE.org) schreibt", person)).toBe("Anonym (Anonym) schreibt");
  });

  it("leaves words that only contain the name alone", () => {
    expect(redact("Jo Ähmchen und XJo Ähm", person)).toBe("Jo Ähmchen und XJo Ähm");
  });

  it("reads the address literally, not as a pattern", () => {
    expect(redact("JoXAehm@exampleXorg", person)).toBe("JoXAehm@exampleXorg");
  });
});
