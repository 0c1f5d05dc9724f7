import { ideaCoauthors, ideas, projects, statusHistory, users, votes } from "@quer/db";
import type { IdeaFacts, IdeaStatus, StatusContact } from "@quer/shared";
import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { preparedPer } from "../db/prepared.ts";

export type IdeaRow = typeof ideas.$inferSelect;
export interface IdeaWithAuthor {
  idea: IdeaRow;
  authorName: string | null;
}

/** Shown where an account was deleted; the client translates it. */
export const ANONYMOUS_AUTHOR = "Anonym";

const withAuthor = { idea: ideas, authorName: users.name };

const ideaById = preparedPer((db) =>
  db
    .select(withAuthor)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(eq(ideas.id, sql.placeholder("id")))
    .prepare(),
);

export function findIdea(db: Db, id: string): IdeaWithAuthor | undefined {
  return ideaById(db).get({ id });
}

export function ideasOfBoard(db: Db, boardId: string): IdeaWithAuthor[] {
  return db
    .select(withAuthor)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(eq(ideas.boardId, boardId))
    .orderBy(ideas.createdAt)
    .all();
}

/** Ideas matching `where`, with their authors' names, oldest first. */
export function ideasWithAuthor(db: Db, where: SQL | undefined): IdeaWithAuthor[] {
  return db
    .select(withAuthor)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(where)
    .orderBy(ideas.createdAt)
    .all();
}

/** Facts for `can()`; pass the co-authors where they matter (editing, pending ideas). */
/** Ideas waiting for approval, oldest first (the manager's queue). */
export function ideasPending(db: Db): IdeaWithAuthor[] {
  return db
    .select(withAuthor)
    .from(ideas)
    .leftJoin(users, eq(users.id, ideas.authorId))
    .where(and(eq(ideas.pending, true), isNull(ideas.hiddenAt), isNull(ideas.mergedInto)))
    .orderBy(ideas.createdAt)
    .all();
}

export function ideaFacts(row: IdeaRow, coauthorIds: readonly string[] = []): IdeaFacts {
  return {
    boardId: row.boardId,
    authorId: row.authorId,
    coauthorIds,
    pending: row.pending,
    hidden: row.hiddenAt !== null,
    merged: row.mergedInto !== null,
  };
}

export function isPublic(row: IdeaRow): boolean {
  return !row.pending && row.hiddenAt === null && row.mergedInto === null;
}

/** Dots (or the single up-vote) this person gave each idea of a board. */
export function myVotesOnBoard(db: Db, boardId: string, userId: string): Map<string, number> {
  const rows = db
    .select({ ideaId: votes.ideaId, dots: votes.dots })
    .from(votes)
    .innerJoin(ideas, eq(ideas.id, votes.ideaId))
    .where(and(eq(ideas.boardId, boardId), eq(votes.userId, userId)))
    .all();
  return new Map(rows.map((r) => [r.ideaId, r.dots]));
}

export function myVoteOn(db: Db, ideaId: string, userId: string): number {
  return (
    db
      .select({ dots: votes.dots })
      .from(votes)
      .where(and(eq(votes.ideaId, ideaId), eq(votes.userId, userId)))
      .get()?.dots ?? 0
  );
}

export function coauthorIdsOf(db: Db, ideaId: string): string[] {
  return db
    .select({ userId: ideaCoauthors.userId })
    .from(ideaCoauthors)
    .where(eq(ideaCoauthors.ideaId, ideaId))
    .all()
    .map((r) => r.userId);
}

export function coauthorsOf(db: Db, ideaId: string): { id: string; name: string }[] {
  return db
    .select({ id: users.id, name: users.name })
    .from(ideaCoauthors)
    .innerJoin(users, eq(users.id, ideaCoauthors.userId))
    .where(eq(ideaCoauthors.ideaId, ideaId))
    .orderBy(ideaCoauthors.addedAt)
    .all();
}

/** Names of an idea's co-authors, in the order they joined (its board document lists them). */
export function coauthorNamesOf(db: Db, ideaId: string): string[] {
  return coauthorsOf(db, ideaId).map((p) => p.name);
}

/** The co-authors' names of every idea on a board, by idea id, each in the order they joined. */
export function coauthorNamesOnBoard(db: Db, boardId: string): Map<string, string[]> {
  const rows = db
    .select({ ideaId: ideaCoauthors.ideaId, name: users.name })
    .from(ideaCoauthors)
    .innerJoin(users, eq(users.id, ideaCoauthors.userId))
    .innerJoin(ideas, eq(ideas.id, ideaCoauthors.ideaId))
    .where(eq(ideas.boardId, boardId))
    .orderBy(ideaCoauthors.addedAt)
    .all();
  const names = new Map<string, string[]>();
  for (const row of rows) names.set(row.ideaId, [...(names.get(row.ideaId) ?? []), row.name]);
  return names;
}

export interface HistoryEntry {
  status: IdeaStatus;
  reason?: string;
  contact?: StatusContact;
  /** On a `project` step once the idea became a project: where it went on. */
  projectId?: string;
  at: string;
}

/** The dated, public history of an idea's statuses, oldest first. */
export function historyOf(db: Db, ideaId: string): HistoryEntry[] {
  const project = db.select({ id: projects.id }).from(projects).where(eq(projects.ideaId, ideaId)).get();
  return db
    .select()
    .from(statusHistory)
    .where(eq(statusHistory.ideaId, ideaId))
    .orderBy(statusHistory.id)
    .all()
    .map((row) => {
      const entry: HistoryEntry = { status: row.status as IdeaStatus, at: new Date(row.at).toISOString() };
      if (row.reason) entry.reason = row.reason;
      if (row.contact) entry.contact = row.contact as StatusContact;
      if (row.status === "project" && project) entry.projectId = project.id;
      return entry;
    });
}
