import { z } from "zod";

/** Body of PUT /api/ideas/:id/vote on a dot-voting board; up-voting boards send none. */
export const dotsInput = z.strictObject({ dots: z.number().int().min(0).max(20) });
export type DotsInput = z.infer<typeof dotsInput>;
