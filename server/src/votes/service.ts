import { ideas, votes } from "@quer/db";
import { dotsLeft, votingOpen, withinBudget } from "@quer/shared";
import { and, eq, sql } from "drizzle-orm";
import { projectTally } from "../boards/projection.ts";
import type { BoardRow } from "../boards/repo.ts";
import type { CommandContext } from "../commands.ts";
import { preparedPer } from "../db/prepared.ts";
import { conflict, notFound } from "../http/errors.ts";
import { budgetOf, dotsSpent, overBudget, votingFactsOf } from "./budget.ts";

/**
 * Sets this person's dots (1 for an up-vote, 0 to remove) on an idea; returns the new
 * tally and, on a dots board, what is left of the person's budget. The phase and the
 * budget are checked here, inside the vote's transaction, against what is stored now: a
 * workshop's tables share one budget, so a vote at one table must see the dots given at
 * another, however the requests interleave.
 */
export function setVote(
  cx: CommandContext,
  board: BoardRow,
  ideaId: string,
  userId: string,
  dots: number,
): { votes: number; mine: number; left?: number } {
  const facts = votingFactsOf(cx.db, board.id);
  if (!facts) throw notFound("boardNotFound");
  if (!votingOpen(facts)) throw conflict("votingClosed");
  const { scope, budget } = budgetOf(cx.db, facts);
  const spentElsewhere = budget === null ? 0 : dotsSpent(cx.db, scope, userId, ideaId);
  if (budget !== null && dots > 0 && !withinBudget({ budget, spentElsewhere, next: dots })) {
    throw conflict(overBudget(facts, budget, spentElsewhere));
  }
  const before = findDots(cx.db).get({ ideaId, userId })?.dots ?? 0;
  if (dots === 0) removeVote(cx.db).run({ ideaId, userId });
  else upsertVote(cx.db).run({ ideaId, userId, dots, createdAt: Date.now() });
  // The row and the tally change in the same transaction, so the tally moves by exactly
  // what the row did; a recount would read every vote of a popular idea on each click.
  const tally = addToTally(cx.db).get({ delta: dots - before, ideaId })?.n ?? 0;
  // Only the tally moved: the board document gets just that, without reading the idea again.
  projectTally(cx, board, ideaId, tally);
  return budget === null
    ? { votes: tally, mine: dots }
    : { votes: tally, mine: dots, left: dotsLeft(budget, spentElsewhere + dots) };
}

// Votes are the busiest command of a workshop evening: their statements are prepared once.
const upsertVote = preparedPer((db) =>
  db
    .insert(votes)
    .values({
      ideaId: sql.placeholder("ideaId"),
      userId: sql.placeholder("userId"),
      dots: sql.placeholder("dots"),
      createdAt: sql.placeholder("createdAt"),
    })
    .onConflictDoUpdate({ target: [votes.ideaId, votes.userId], set: { dots: sql`excluded.dots` } })
    .prepare(),
);
const removeVote = preparedPer((db) =>
  db
    .delete(votes)
    .where(and(eq(votes.ideaId, sql.placeholder("ideaId")), eq(votes.userId, sql.placeholder("userId"))))
    .prepare(),
);
const findDots = preparedPer((db) =>
  db
    .select({ dots: votes.dots })
    .from(votes)
    .where(and(eq(votes.ideaId, sql.placeholder("ideaId")), eq(votes.userId, sql.placeholder("userId"))))
    .prepare(),
);
const addToTally = preparedPer((db) =>
  db
    .update(ideas)
    .set({ voteCount: sql`${ideas.voteCount} + ${sql.placeholder("delta")}` })
    .where(eq(ideas.id, sql.placeholder("ideaId")))
    .returning({ n: ideas.voteCount })
    .prepare(),
);
const sumVotes = preparedPer((db) =>
  db
    .select({ n: sql<number>`coalesce(sum(${votes.dots}), 0)` })
    .from(votes)
    .where(eq(votes.ideaId, sql.placeholder("ideaId")))
    .prepare(),
);
const storeTally = preparedPer((db) =>
  db
    .update(ideas)
    .set({ voteCount: sql`${sql.placeholder("tally")}` })
    .where(eq(ideas.id, sql.placeholder("ideaId")))
    .prepare(),
);

/**
 * Recounted from the rows: for changes that move many votes at once (a merge, a deleted
 * account), where adding up deltas would be harder to get right than counting.
 */
export function recountVotes(cx: CommandContext, ideaId: string): number {
  const tally = sumVotes(cx.db).get({ ideaId })?.n ?? 0;
  storeTally(cx.db).run({ tally, ideaId });
  return tally;
}
