import { boards, ideas } from "@quer/db";
import type { Board, BoardFacts } from "@quer/shared";
import { and, count, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open.ts";

export type BoardRow = typeof boards.$inferSelect;

export function findBoard(db: Db, id: string): BoardRow | undefined {
  return db.select().from(boards).where(eq(boards.id, id)).get();
}

export function listBoardRows(db: Db): BoardRow[] {
  return db.select().from(boards).orderBy(boards.createdAt).all();
}

export function boardFacts(row: BoardRow): BoardFacts {
  return {
    id: row.id,
    mode: row.mode,
    visibility: row.visibility,
    postingOpen: row.postingOpen,
    coWriting: row.coWriting,
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
    voting: row.votingKind === "dots" ? { kind: "dots", dots: row.dots ?? 1 } : { kind: "up" },
    categories: row.categories,
    visibility: row.visibility,
    postingOpen: row.postingOpen,
    coWriting: row.coWriting,
    phase: row.phase,
    revealed: row.revealedAt !== null,
    createdAt: new Date(row.createdAt).toISOString(),
    ideaCount,
  };
}
