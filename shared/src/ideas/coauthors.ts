import { z } from "zod";

/** A search for people by name: at least two letters. Other parameters are ignored. */
export const peopleQuery = z.object({ q: z.string().trim().min(2).max(60) });

/** `GET /api/ideas/:id/coauthor-candidates?q=`: the co-author picker's search. */
export const coauthorCandidatesQuery = peopleQuery;
