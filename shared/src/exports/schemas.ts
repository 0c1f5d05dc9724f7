import { z } from "zod";

/**
 * Query of `GET /api/boards/:id/export.csv`: `sep=;` for spreadsheet programs that read
 * semicolons (German Excel); anything else, or none, gives commas. An export link is
 * never refused for its separator.
 */
export const csvExportQuery = z.object({ sep: z.enum([",", ";"]).optional().catch(undefined) });
