import { z } from "zod";

/** Body of PUT /api/ideas/:id/vote on a dot-voting board; up-voting boards send none. */
export const dotsInput = z.strictObject({ dots: z.number().int().min(0).max(20) });
export type DotsInput = z.infer<typeof dotsInput>;

/**
 * Any body of PUT /api/ideas/:id/vote: none or `{}` on an up-voting board, `{dots}` on a
 * dot-voting one. Which of the two a board takes is the route's to check, once it knows
 * the board.
 */
export const voteInput = z.strictObject({ dots: dotsInput.shape.dots.optional() });
export type VoteInput = z.infer<typeof voteInput>;
