import { comments, ideaCoauthors, users, votes } from "@quer/db";
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import type { IdeaRow } from "../ideas/repo.ts";

export interface Recipient {
  id: string;
  email: string | null;
  emailNotices: "off" | "immediate" | "daily";
  unsubscribeToken: string | null;
  /** The language they chose; null when they never did (the office's is used then). */
  locale: string | null;
}

/** Everyone who wrote, co-wrote, voted for or commented on an idea, once each. */
/** What a notice mail needs of a person: where to, whether at all, how to stop, in which language. */
export const recipientColumns = {
  id: users.id,
  email: users.email,
  emailNotices: users.emailNotices,
  unsubscribeToken: users.unsubscribeToken,
  locale: users.locale,
};

export function peopleInvolved(db: Db, idea: IdeaRow): Recipient[] {
  const ids = new Set<string>();
  if (idea.authorId) ids.add(idea.authorId);
  for (const r of db
    .select({ id: ideaCoauthors.userId })
    .from(ideaCoauthors)
    .where(eq(ideaCoauthors.ideaId, idea.id))
    .all()) {
    ids.add(r.id);
  }
  for (const r of db.select({ id: votes.userId }).from(votes).where(eq(votes.ideaId, idea.id)).all())
    ids.add(r.id);
  for (const r of db
    .select({ id: comments.authorId })
    .from(comments)
    .where(eq(comments.ideaId, idea.id))
    .all()) {
    if (r.id) ids.add(r.id);
  }
  if (ids.size === 0) return [];
  // One query for everyone: an idea with hundreds of voters must not cost hundreds.
  return db
    .select(recipientColumns)
    .from(users)
    .where(inArray(users.id, [...ids]))
    .all();
}
