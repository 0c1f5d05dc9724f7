import { z } from "zod";

/** The two tables `export.csv` writes: the fixed one scripts read, and the office's own. */
export const CSV_FORMATS = ["contract", "office"] as const;
export type CsvFormat = (typeof CSV_FORMATS)[number];

/**
 * Query of `GET /api/boards/:id/export.csv`. `format=office` gives the office's table:
 * headers and values in the reader's language, local times, contact and co-authors,
 * semicolons. Without it (or with `format=contract`) the fixed table of the API
 * contract. `sep=;` or `sep=,` overrides the separator of either. An export link is
 * never refused for its query: anything unknown gives the defaults.
 */
export const csvExportQuery = z.object({
  sep: z.enum([",", ";"]).optional().catch(undefined),
  format: z.enum(CSV_FORMATS).optional().catch(undefined),
});
