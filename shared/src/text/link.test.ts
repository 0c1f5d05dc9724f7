import { describe, expect, it } from "vitest";
import { isSafeLink } from "./link.ts";

describe("isSafeLink", () => {
  it("accepts http and https with a host, mailto and tel", () => {
    for (const url of [
      "https://leimen.de/amt",
      "HTTP://leimen.de",
      "mailto:amt@leimen.de",
      "tel:+496224704",
    ]) {
      expect(isSafeLink(url), url).toBe(true);
    }
  });

  it("refuses every other scheme, however it is spelled", () => {
    for (const url of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      " javascript:alert(1)",
      "\u0000javascript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,<b>x</b>",
      "vbscript:x",
      "file:///etc/passwd",
      "ftp://leimen.de",
      "//leimen.de",
      "leimen.de",
      "https:",
      "",
    ]) {
      expect(isSafeLink(url), JSON.stringify(url)).toBe(false);
    }
  });
});
