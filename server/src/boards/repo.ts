import { boardParticipants, boards, ideas, workshopSessions } from "@quer/db";
import type { Board, BoardFacts, VotingRule } from "@quer/shared";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { preparedPer } from "../db/prepared.ts";

/**
 * A board row as the server uses it. Workshop and private boards carry the residents who
 * joined them (or their parent workshop) as themselves, and workshops whether they are
 * running, so `can()` can decide without another query. A topic table follows its
 * workshop: its visibility and its running state are the workshop's, whatever its own
 * row says.
 */
export type BoardRow = typeof boards.$inferSelect & { participantIds?: string[]; running?: boolean };

const runningSessionOf = preparedPer((db) =>
  db
    .select({ id: workshopSessions.id })
    .from(workshopSessions)
    .where(and(eq(workshopSessions.boardId, sql.placeholder("id")), isNull(workshopSessions.endedAt)))
    .prepare(),
);

function withWorkshop(db: Db, stored: typeof boards.$inferSelect): BoardRow {
  const parent = stored.parentId ? boardById(db).get({ id: stored.parentId }) : undefined;
  const row = parent ? { ...stored, visibility: parent.visibility } : stored;
  if (row.visibility !== "private" && row.mode !== "workshop") return row;
  const ids = [row.id, ...(row.parentId ? [row.parentId] : [])];
  const participantIds = db
    .select({ userId: boardParticipants.userId })
    .from(boardParticipants)
    .where(inArray(boardParticipants.boardId, ids))
    .all()
    .map((r) => r.userId);
  if (row.mode !== "workshop") return { ...row, participantIds };
  const running = runningSessionOf(db).get({ id: row.parentId ?? row.id }) !== undefined;
  return { ...row, participantIds, running };
}

const boardById = preparedPer((db) =>
  db
    .select()
    .from(boards)
    .where(eq(boards.id, sql.placeholder("id")))
    .prepare(),
);

export function findBoard(db: Db, id: string): BoardRow | undefined {
  const row = boardById(db).get({ id });
  return row && withWorkshop(db, row);
}

export function listBoardRows(db: Db): BoardRow[] {
  return db
    .select()
    .from(boards)
    .orderBy(boards.createdAt)
    .all()
    .map((row) => withWorkshop(db, row));
}

/** The stored voting columns as the rule every answer and check uses. */
export function votingOf(row: Pick<BoardRow, "votingKind" | "dots">): VotingRule {
  return row.votingKind === "dots" ? { kind: "dots", dots: row.dots ?? 1 } : { kind: "up" };
}

export function boardFacts(row: BoardRow): BoardFacts {
  return {
    id: row.id,
    mode: row.mode,
    visibility: row.visibility,
    postingOpen: row.postingOpen,
    voting: votingOf(row),
    phase: row.phase,
    coWriting: row.coWriting,
    parentId: row.parentId,
    participantIds: row.participantIds ?? [],
    participantCanvas: row.participantCanvas,
    running: row.running ?? false,
  };
}

/** Ideas everyone may see on a board (not pending, hidden or merged). */
export function visibleIdeaCounts(db: Db): Map<string, number> {
  const rows = db
    .select({ boardId: ideas.boardId, n: count() })
    .from(ideas)
    .where(and(eq(ideas.pending, false), isNull(ideas.hiddenAt), isNull(ideas.mergedInto)))
    .groupBy(ideas.boardId)
    .all();
  return new Map(rows.map((r) => [r.boardId, r.n]));
}

export function boardView(row: BoardRow, ideaCount: number): Board {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    mode: row.mode,
    moderation: row.moderation,
    voting: votingOf(row),
    categories: row.categories,
    visibility: row.visibility,
    postingOpen: row.postingOpen,
    coWriting: row.coWriting,
    phase: row.phase,
    parentId: row.parentId,
    participantCanvas: row.participantCanvas,
    timer: { endsAt: row.timerEndsAt, remainingMs: row.timerRemainingMs },
    spotlightIdeaId: row.spotlightIdeaId,
    revealed: row.revealedAt !== null,
    running: row.running ?? false,
    createdAt: new Date(row.createdAt).toISOString(),
    ideaCount,
  };
}
