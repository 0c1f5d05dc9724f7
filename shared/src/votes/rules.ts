/**
 * The voting rule, in one place for `can()`, the server and the phone: when a board takes
 * votes, whose dots budget a vote spends, how big it is and what is left. No zod here, so
 * phones import it cheaply.
 */
import type { BoardMode, VotingRule, WorkshopPhase } from "../boards/schemas.ts";

/** What the rule needs to know of a board (a `Board` answer and `BoardFacts` both carry it). */
export interface VotingFacts {
  id: string;
  mode: BoardMode;
  voting: VotingRule;
  phase: WorkshopPhase | null;
  /** A topic table's workshop. */
  parentId?: string | null;
}

/**
 * Whether the board takes votes in its current phase: up-votes and dots on an open board
 * always; dots in a workshop (its plenary and every table) only in the vote phase.
 */
export function votingOpen(board: VotingFacts): boolean {
  return board.voting.kind === "up" || board.mode !== "workshop" || board.phase === "vote";
}

/**
 * The board whose budget a vote spends. A workshop's tables are part of one evening: a
 * person has one budget for the plenary and all its tables together, not one per table.
 */
export function budgetBoardId(board: Pick<VotingFacts, "id" | "parentId">): string {
  return board.parentId ?? board.id;
}

/** Dots per person for the whole budget board; null where votes are up-votes without a budget. */
export function dotsBudget(board: Pick<VotingFacts, "voting">): number | null {
  return board.voting.kind === "dots" ? board.voting.dots : null;
}

/** Dots still to give; never below zero, even if a smaller budget meets older votes. */
export function dotsLeft(budget: number, spent: number): number {
  return Math.max(0, budget - spent);
}

/** Whether setting `next` dots on one idea keeps a person inside their budget. */
export function withinBudget(opts: { budget: number; spentElsewhere: number; next: number }): boolean {
  return opts.next >= 0 && opts.spentElsewhere + opts.next <= opts.budget;
}
