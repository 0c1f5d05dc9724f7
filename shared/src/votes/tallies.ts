import type { Board } from "../boards/schemas.ts";

/** What decides whether a board's tallies show: its voting rule and the reveal. */
export type TallyFacts = Pick<Board, "voting" | "revealed">;

/**
 * Whether the vote counts of a board's ideas may be shown: always on an up-voting board,
 * on a dot-voting board only after the reveal, and to its managers always. The one rule
 * for answers, the board document and pages; zod-free, so pages import it directly.
 */
export function talliesVisible(board: TallyFacts, manager = false): boolean {
  return manager || board.voting.kind === "up" || board.revealed;
}
