import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";

describe("ApiError.langOn", () => {
  const refusal = (lang?: string) => new ApiError(404, "not_found", "x", [], undefined, undefined, lang);

  it("marks nothing when the server wrote in the page's language", () => {
    expect(refusal("en").langOn("en")).toBeUndefined();
    expect(refusal("de-x-ls").langOn("de-x-ls")).toBeUndefined();
  });

  it("names the server's language when it differs from the page's", () => {
    expect(refusal("de").langOn("ar")).toBe("de");
    expect(refusal("tr").langOn("de")).toBe("tr");
  });

  it("takes German for an answer that names no language", () => {
    expect(refusal().langOn("de")).toBeUndefined();
    expect(refusal().langOn("en")).toBe("de");
  });
});
