import { z } from "zod";

/** Query of the person picker used to add co-authors by name. */
export const peopleQuery = z.strictObject({ q: z.string().trim().min(2).max(60) });
