import { z } from "zod";

/** Body of PUT /api/ideas/:id/vote on a dot-voting board; up-voting boards send none. */
export const dotsInput = z.strictObject({ dots: z.number().int().min(0).max(20) });
export type DotsInput = z.infer<typeof dotsInput>;

/** Whether setting `next` dots on one idea keeps a person inside their budget. */
export function withinBudget(opts: { budget: number; spentElsewhere: number; next: number }): boolean {
  return opts.next >= 0 && opts.spentElsewhere + opts.next <= opts.budget;
}
