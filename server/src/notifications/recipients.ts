import { comments, ideaCoauthors, users, votes } from "@quer/db";
import { eq } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import type { IdeaRow } from "../ideas/repo.ts";

export interface Recipient {
  id: string;
  email: string | null;
  emailNotices: "off" | "immediate" | "daily";
  unsubscribeToken: string | null;
}

/** Everyone who wrote, co-wrote, voted for or commented on an idea, once each. */
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
  const found: Recipient[] = [];
  for (const id of ids) {
    const row = db
      .select({
        id: users.id,
        email: users.email,
        emailNotices: users.emailNotices,
        unsubscribeToken: users.unsubscribeToken,
      })
      .from(users)
      .where(eq(users.id, id))
      .get();
    if (row) found.push(row);
  }
  return found;
}
