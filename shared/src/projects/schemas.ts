import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { multiLineText, singleLineText } from "../text/schemas.ts";
import { type ProjectStatus, projectStatuses } from "./doc.ts";

/** Money is whole euro cents everywhere, so sums are exact. */
const cents = z.number().int().min(0).max(100_000_000);

export const updateProjectInput = z
  .strictObject({
    title: singleLineText().min(3).max(120).optional(),
    status: z.enum(projectStatuses).optional(),
    budgetRequested: cents.optional(),
    budgetGranted: cents.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: issue("nothingToChange") });
export type UpdateProjectInput = z.infer<typeof updateProjectInput>;

export const projectNewsInput = z.strictObject({
  body: multiLineText().min(1, issue("writeSomething")).max(1000),
});

export const fundInput = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  amount: cents,
});

/** Body of `PUT /api/funds/:year`: the year is in the path. */
export const fundAmountInput = fundInput.pick({ amount: true });

export interface ProjectNews {
  id: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface Project {
  id: string;
  ideaId: string;
  boardId: string;
  title: string;
  status: ProjectStatus;
  budgetRequested: number;
  budgetGranted: number;
  fundYear: number;
  team: { id: string; name: string }[];
  /** Whether the person asking is on the team. */
  member?: boolean;
  news: ProjectNews[];
  createdAt: string;
}

export interface Fund {
  year: number;
  amount: number;
  granted: number;
  left: number;
}

/** What is left of a year's fund after the grants booked against it (may go negative). */
export function fundLeft(amount: number, grants: readonly number[]): number {
  return amount - grants.reduce((sum, g) => sum + g, 0);
}

export * from "./doc.ts";
export * from "./live.ts";
