import { describe, expect, it } from "vitest";
import { csvExportQuery } from "./schemas.ts";

describe("csvExportQuery", () => {
  it("keeps a semicolon and turns anything else into the default comma", () => {
    expect(csvExportQuery.parse({ sep: ";" })).toEqual({ sep: ";" });
    expect(csvExportQuery.parse({ sep: "," })).toEqual({ sep: "," });
    expect(csvExportQuery.parse({ sep: "|" }).sep).toBeUndefined();
    expect(csvExportQuery.parse({ sep: [";", ","] }).sep).toBeUndefined();
    expect(csvExportQuery.parse({}).sep).toBeUndefined();
  });
});

describe("csvExportQuery format", () => {
  it("knows the office's table and the contract's, and falls back to the contract's for anything else", () => {
    expect(csvExportQuery.parse({ format: "office" }).format).toBe("office");
    expect(csvExportQuery.parse({ format: "contract" }).format).toBe("contract");
    expect(csvExportQuery.parse({ format: "xlsx" }).format).toBeUndefined();
  });
});
