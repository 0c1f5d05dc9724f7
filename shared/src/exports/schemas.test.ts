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
