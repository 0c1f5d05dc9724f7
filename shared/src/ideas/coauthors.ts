import { z } from "zod";

/**
 * Query of the person picker used to add co-authors by name (`GET /api/people?q=`). Other
 * parameters of the query are ignored.
 */
export const peopleQuery = z.object({ q: z.string().trim().min(2).max(60) });
