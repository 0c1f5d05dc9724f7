import { ideas, votes } from "@quer/db";
import { withinBudget } from "@quer/shared";
import { and, eq, ne, sql } from "drizzle-orm";
import { projectIdea } from "../boards/projection.ts";
import type { BoardRow } from "../boards/repo.ts";
import type { CommandContext } from "../commands.ts";
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
  if (dots === 0) {
    cx.db
      .delete(votes)
      .where(and(eq(votes.ideaId, ideaId), eq(votes.userId, userId)))
      .run();
  } else {
    cx.db
      .insert(votes)
      .values({ ideaId, userId, dots, createdAt: Date.now() })
      .onConflictDoUpdate({ target: [votes.ideaId, votes.userId], set: { dots } })
      .run();
  }
  const tally = recountVotes(cx, ideaId);
  projectIdea(cx, ideaId);
  return { votes: tally, mine: dots };
}

/** Recounted from the rows, not incremented: the tally can never drift from the votes. */
export function recountVotes(cx: CommandContext, ideaId: string): number {
  const total = cx.db
    .select({ n: sql<number>`coalesce(sum(${votes.dots}), 0)` })
    .from(votes)
    .where(eq(votes.ideaId, ideaId))
    .get();
  const tally = total?.n ?? 0;
  cx.db.update(ideas).set({ voteCount: tally }).where(eq(ideas.id, ideaId)).run();
  return tally;
}
