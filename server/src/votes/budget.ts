import { boards, ideas, votes } from "@quer/db";
import { budgetBoardId, dotsBudget, dotsLeft, type VotingFacts } from "@quer/shared";
import { and, eq, ne, or, sql } from "drizzle-orm";
import { votingOf } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import { preparedPer } from "../db/prepared.ts";
import type { Wording } from "../http/refusals.ts";

/** Said when a vote would spend more than the budget: which budget, and how much is gone. */
export function overBudget(board: VotingFacts, budget: number, spent: number): Wording {
  return { key: board.mode === "workshop" ? "overWorkshopBudget" : "overBudget", params: { budget, spent } };
}

const votingRow = preparedPer((db) =>
  db
    .select({
      id: boards.id,
      mode: boards.mode,
      votingKind: boards.votingKind,
      dots: boards.dots,
      phase: boards.phase,
      parentId: boards.parentId,
    })
    .from(boards)
    .where(eq(boards.id, sql.placeholder("id")))
    .prepare(),
);

/**
 * A board's voting facts as stored now. Read inside a vote's transaction, so a phase
 * changed since the request was checked is the one that counts.
 */
export function votingFactsOf(db: Db, boardId: string): VotingFacts | undefined {
  const row = votingRow(db).get({ id: boardId });
  if (!row) return undefined;
  return {
    id: row.id,
    mode: row.mode,
    voting: votingOf(row),
    phase: row.phase,
    parentId: row.parentId,
  };
}

const spentIn = preparedPer((db) =>
  db
    .select({ n: sql<number>`coalesce(sum(${votes.dots}), 0)` })
    .from(votes)
    .innerJoin(ideas, eq(ideas.id, votes.ideaId))
    .innerJoin(boards, eq(boards.id, ideas.boardId))
    .where(
      and(
        eq(votes.userId, sql.placeholder("userId")),
        ne(votes.ideaId, sql.placeholder("exceptIdeaId")),
        or(eq(boards.id, sql.placeholder("scope")), eq(boards.parentId, sql.placeholder("scope"))),
      ),
    )
    .prepare(),
);

/** Dots this person gave in the budget board and its tables, leaving out one idea's. */
export function dotsSpent(db: Db, scope: string, userId: string, exceptIdeaId = ""): number {
  return spentIn(db).get({ userId, exceptIdeaId, scope })?.n ?? 0;
}

/** The budget a board's votes spend: the facts of the board that holds it, and its size. */
export function budgetOf(db: Db, board: VotingFacts): { scope: string; budget: number | null } {
  const scope = budgetBoardId(board);
  const holder = scope === board.id ? board : votingFactsOf(db, scope);
  return { scope, budget: holder ? dotsBudget(holder) : null };
}

/** This person's budget on a dots board and what is left of it; undefined for up-votes. */
export function myDots(
  db: Db,
  boardId: string,
  userId: string,
): { budget: number; left: number } | undefined {
  const board = votingFactsOf(db, boardId);
  if (!board) return undefined;
  const { scope, budget } = budgetOf(db, board);
  if (budget === null) return undefined;
  return { budget, left: dotsLeft(budget, dotsSpent(db, scope, userId)) };
}
