import { boards, ideas, reports, statusHistory, users } from "@quer/db";
import {
  type AnswerFacts,
  type AnswerTime,
  answerTime,
  type DeskCounts,
  type StatusEntry,
  waitingForAnswer,
} from "@quer/shared";
import { and, count, countDistinct, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import type { IdeaWithAuthor } from "../ideas/repo.ts";

type IdeaRow = IdeaWithAuthor["idea"];

/** History entries of these ideas, oldest first, by idea. */
function historiesOf(db: Db, ideaIds: readonly string[]): Map<string, StatusEntry[]> {
  const byIdea = new Map<string, StatusEntry[]>();
  // SQLite takes at most 32766 parameters; a desk never waits on that many at once, but chunk anyway.
  for (let i = 0; i < ideaIds.length; i += 500) {
    const rows = db
      .select({
        ideaId: statusHistory.ideaId,
        status: statusHistory.status,
        reason: statusHistory.reason,
        at: statusHistory.at,
      })
      .from(statusHistory)
      .where(inArray(statusHistory.ideaId, ideaIds.slice(i, i + 500)))
      .orderBy(statusHistory.id)
      .all();
    for (const r of rows) {
      const list = byIdea.get(r.ideaId) ?? [];
      list.push({ status: r.status, reason: r.reason, at: r.at });
      byIdea.set(r.ideaId, list);
    }
  }
  return byIdea;
}

function factsOf(row: IdeaRow, history: readonly StatusEntry[]): AnswerFacts {
  return {
    createdAt: row.createdAt,
    pending: row.pending,
    hidden: row.hiddenAt !== null,
    merged: row.mergedInto !== null,
    status: row.status,
    statusReason: row.statusReason,
    history,
  };
}

export interface WaitingItem {
  item: IdeaWithAuthor;
  boardTitle: string;
  ageDays: number;
}

/**
 * Posts waiting for the office's answer, oldest first (`moderation/answers.ts` decides).
 * SQL only narrows the candidates to those whose current status is no answer yet (which
 * the rule would leave out anyway); the rule reads their history.
 */
export function waitingPosts(db: Db, now = Date.now()): WaitingItem[] {
  const rows = db
    .select({ idea: ideas, authorName: users.name, boardTitle: boards.title })
    .from(ideas)
    .innerJoin(boards, eq(boards.id, ideas.boardId))
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(
      and(
        isNull(ideas.hiddenAt),
        isNull(ideas.mergedInto),
        inArray(ideas.status, ["new", "reviewing"]),
        or(isNull(ideas.statusReason), sql`trim(${ideas.statusReason}) = ''`),
      ),
    )
    .all();
  const histories = historiesOf(
    db,
    rows.map((r) => r.idea.id),
  );
  const posts = rows.map((r) => ({
    ...factsOf(r.idea, histories.get(r.idea.id) ?? []),
    row: r,
  }));
  return waitingForAnswer(posts, now).map((p) => ({
    item: { idea: p.row.idea, authorName: p.row.authorName },
    boardTitle: p.row.boardTitle,
    ageDays: p.ageDays,
  }));
}

/** How quickly the office answers on one board (the board's answer shows it to residents). */
export function boardAnswerTime(db: Db, boardId: string, now = Date.now()): AnswerTime {
  const rows = db.select().from(ideas).where(eq(ideas.boardId, boardId)).all();
  const histories = historiesOf(
    db,
    rows.map((r) => r.id),
  );
  return answerTime(
    rows.map((r) => factsOf(r, histories.get(r.id) ?? [])),
    now,
  );
}

/** The numbers of `desk:managers`, without its version. */
export function deskCounts(db: Db, now = Date.now()): Omit<DeskCounts, "version"> {
  const pending =
    db
      .select({ n: count() })
      .from(ideas)
      .where(and(eq(ideas.pending, true), isNull(ideas.hiddenAt), isNull(ideas.mergedInto)))
      .get()?.n ?? 0;
  // The queue groups open reports by what was reported.
  const reported =
    db
      .select({ n: countDistinct(reports.target) })
      .from(reports)
      .where(isNull(reports.resolvedAt))
      .get()?.n ?? 0;
  return { pending, reports: reported, waiting: waitingPosts(db, now).length };
}
