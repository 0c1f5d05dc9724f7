import { ideas, votes } from "@quer/db";
import { withinBudget } from "@quer/shared";
import { and, eq, ne, sql } from "drizzle-orm";
import { projectTally } from "../boards/projection.ts";
import type { BoardRow } from "../boards/repo.ts";
import type { CommandContext } from "../commands.ts";
import { preparedPer } from "../db/prepared.ts";
import { conflict } from "../http/errors.ts";

/** Sets this person's dots (1 for an up-vote, 0 to remove) on an idea; returns the new tally. */
export function setVote(
  cx: CommandContext,
  board: BoardRow,
  ideaId: string,
  userId: string,
  dots: number,
): { votes: number; mine: number } {
  if (board.votingKind === "dots" && dots > 0) {
    const spent = cx.db
      .select({ n: sql<number>`coalesce(sum(${votes.dots}), 0)` })
      .from(votes)
      .innerJoin(ideas, eq(ideas.id, votes.ideaId))
      .where(and(eq(ideas.boardId, board.id), eq(votes.userId, userId), ne(votes.ideaId, ideaId)))
      .get();
    const budget = board.dots ?? 0;
    if (!withinBudget({ budget, spentElsewhere: spent?.n ?? 0, next: dots })) {
      throw conflict(`Du hast nur ${budget} Punkte; ${spent?.n ?? 0} davon sind schon vergeben.`);
    }
  }
  const before = findDots(cx.db).get({ ideaId, userId })?.dots ?? 0;
  if (dots === 0) removeVote(cx.db).run({ ideaId, userId });
  else upsertVote(cx.db).run({ ideaId, userId, dots, createdAt: Date.now() });
  // The row and the tally change in the same transaction, so the tally moves by exactly
  // what the row did; a recount would read every vote of a popular idea on each click.
  const tally = addToTally(cx.db).get({ delta: dots - before, ideaId })?.n ?? 0;
  // Only the tally moved: the board document gets just that, without reading the idea again.
  projectTally(cx, board, ideaId, tally);
  return { votes: tally, mine: dots };
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
