import { comments, ideaCoauthors, ideas, users, votes } from "@quer/db";
import { and, eq, isNull, ne, notInArray, or, type SQL, sql } from "drizzle-orm";
import { union } from "drizzle-orm/sqlite-core";
import type { Db } from "../db/open.ts";

/**
 * Who took part on a board — the one definition the co-author picker uses: someone who
 * posted an idea there, commented on one of its ideas, voted for one, or co-writes one.
 * What a manager hid does not count (a hidden spam comment is no tie to the board);
 * votes count however they were cast (support or workshop dots).
 */
export function tookPartOn(db: Db, boardId: string) {
  const onBoard = eq(ideas.boardId, boardId);
  return union(
    db
      .select({ id: ideas.authorId })
      .from(ideas)
      .where(and(onBoard, isNull(ideas.hiddenAt))),
    db
      .select({ id: comments.authorId })
      .from(comments)
      .innerJoin(ideas, eq(ideas.id, comments.ideaId))
      .where(and(onBoard, isNull(comments.hiddenAt))),
    db.select({ id: votes.userId }).from(votes).innerJoin(ideas, eq(ideas.id, votes.ideaId)).where(onBoard),
    db
      .select({ id: ideaCoauthors.userId })
      .from(ideaCoauthors)
      .innerJoin(ideas, eq(ideas.id, ideaCoauthors.ideaId))
      .where(onBoard),
  );
}

const CANDIDATES = 10;

/**
 * People who may be offered as an idea's co-authors, by name: those who took part on its
 * board, and the managers. Never guests, blocked people, the one asking or the author;
 * those already co-writing are found (the picker says so). Only ids and names: no
 * address ever leaves.
 */
export function coauthorCandidates(
  db: Db,
  query: { boardId: string; q: string; askerId: string; exclude: string[] },
): { id: string; name: string }[] {
  const pattern = `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  const conditions: SQL[] = [
    sql`${users.name} like ${pattern} escape '\\'`,
    ne(users.role, "guest"),
    isNull(users.blockedAt),
    ne(users.id, query.askerId),
  ];
  if (query.exclude.length) conditions.push(notInArray(users.id, query.exclude));
  const took = tookPartOn(db, query.boardId);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(...conditions, or(eq(users.role, "manager"), sql`${users.id} in ${took}`)))
    .orderBy(users.name)
    .limit(CANDIDATES)
    .all();
}
