import { comments, users } from "@quer/db";
import type { Comment } from "@quer/shared";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { ANONYMOUS_AUTHOR } from "../ideas/repo.ts";

export type CommentRow = typeof comments.$inferSelect;

export function findComment(db: Db, id: string): CommentRow | undefined {
  return db.select().from(comments).where(eq(comments.id, id)).get();
}

/** Visible comments of an idea, oldest first. */
export function commentsOf(db: Db, ideaId: string, viewerId: string | null): Comment[] {
  return db
    .select({ c: comments, authorName: users.name })
    .from(comments)
    .leftJoin(users, eq(users.id, comments.authorId))
    .where(and(eq(comments.ideaId, ideaId), isNull(comments.hiddenAt)))
    .orderBy(comments.createdAt)
    .all()
    .map(({ c, authorName }) => commentView(c, authorName, viewerId));
}

export function commentView(c: CommentRow, authorName: string | null, viewerId: string | null): Comment {
  const view: Comment = {
    id: c.id,
    ideaId: c.ideaId,
    parentId: c.parentId,
    authorName: authorName ?? ANONYMOUS_AUTHOR,
    body: c.body,
    createdAt: new Date(c.createdAt).toISOString(),
  };
  if (viewerId && c.authorId === viewerId) view.own = true;
  return view;
}

export function countVisibleComments(db: Db, ideaId: string): number {
  return db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.ideaId, ideaId), isNull(comments.hiddenAt)))
    .all().length;
}
