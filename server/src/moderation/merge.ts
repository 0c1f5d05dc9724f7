import { comments, ideaCoauthors, ideas, merges, votes } from "@quer/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import { projectIdea } from "../boards/projection.ts";
import type { CommandContext } from "../commands.ts";
import { countVisibleComments } from "../comments/repo.ts";
import type { IdeaRow } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { recountVotes } from "../votes/service.ts";

/** Everything a merge changed, kept so that undoing it restores both ideas exactly. */
export interface MergeRecord {
  /** Votes moved from source to target (the voter had none on the target). */
  movedVotes: { userId: string }[];
  /** Votes left out because the voter already supported the target: never counted twice. */
  droppedVotes: { userId: string; dots: number; createdAt: number }[];
  movedComments: string[];
  addedCoauthors: string[];
  source: { status: string; statusReason: string | null };
}

/** Votes and comments moved: both counts are taken again from the rows. */
function recount(cx: CommandContext, ideaId: string): void {
  recountVotes(cx, ideaId);
  cx.db
    .update(ideas)
    .set({ commentCount: countVisibleComments(cx.db, ideaId) })
    .where(eq(ideas.id, ideaId))
    .run();
}

export function mergeIdeas(cx: CommandContext, source: IdeaRow, target: IdeaRow): MergeRecord {
  const sourceVotes = cx.db.select().from(votes).where(eq(votes.ideaId, source.id)).all();
  const targetVoters = new Set(
    cx.db
      .select({ userId: votes.userId })
      .from(votes)
      .where(eq(votes.ideaId, target.id))
      .all()
      .map((v) => v.userId),
  );
  const record: MergeRecord = {
    movedVotes: [],
    droppedVotes: [],
    movedComments: [],
    addedCoauthors: [],
    source: { status: source.status, statusReason: source.statusReason },
  };
  for (const vote of sourceVotes) {
    if (targetVoters.has(vote.userId)) {
      record.droppedVotes.push({ userId: vote.userId, dots: vote.dots, createdAt: vote.createdAt });
      cx.db
        .delete(votes)
        .where(and(eq(votes.ideaId, source.id), eq(votes.userId, vote.userId)))
        .run();
    } else {
      record.movedVotes.push({ userId: vote.userId });
      cx.db
        .update(votes)
        .set({ ideaId: target.id })
        .where(and(eq(votes.ideaId, source.id), eq(votes.userId, vote.userId)))
        .run();
    }
  }
  record.movedComments = cx.db
    .update(comments)
    .set({ ideaId: target.id })
    .where(eq(comments.ideaId, source.id))
    .returning({ id: comments.id })
    .all()
    .map((r) => r.id);
  // The source's writers may go on writing the idea their text now lives in.
  const writers = new Set([
    ...(source.authorId ? [source.authorId] : []),
    ...cx.db
      .select({ userId: ideaCoauthors.userId })
      .from(ideaCoauthors)
      .where(eq(ideaCoauthors.ideaId, source.id))
      .all()
      .map((r) => r.userId),
  ]);
  const existing = new Set(
    cx.db
      .select({ userId: ideaCoauthors.userId })
      .from(ideaCoauthors)
      .where(eq(ideaCoauthors.ideaId, target.id))
      .all()
      .map((r) => r.userId),
  );
  for (const userId of writers) {
    if (userId === target.authorId || existing.has(userId)) continue;
    cx.db.insert(ideaCoauthors).values({ ideaId: target.id, userId, addedAt: Date.now() }).run();
    record.addedCoauthors.push(userId);
  }
  cx.db
    .update(ideas)
    .set({ mergedInto: target.id, updatedAt: Date.now() })
    .where(eq(ideas.id, source.id))
    .run();
  cx.db
    .insert(merges)
    .values({ id: newId(), sourceId: source.id, targetId: target.id, moved: record, at: Date.now() })
    .run();
  recount(cx, source.id);
  recount(cx, target.id);
  projectIdea(cx, source.id);
  projectIdea(cx, target.id);
  return record;
}

/** Undoes the latest merge of `source` exactly; false when it has none open. */
export function unmergeIdea(cx: CommandContext, source: IdeaRow): boolean {
  const merge = cx.db
    .select()
    .from(merges)
    .where(and(eq(merges.sourceId, source.id), sql`${merges.undoneAt} is null`))
    .orderBy(sql`${merges.at} desc`)
    .get();
  if (!merge) return false;
  const record = merge.moved as MergeRecord;
  const moved = record.movedVotes.map((v) => v.userId);
  if (moved.length > 0) {
    cx.db
      .update(votes)
      .set({ ideaId: source.id })
      .where(and(eq(votes.ideaId, merge.targetId), inArray(votes.userId, moved)))
      .run();
  }
  for (const vote of record.droppedVotes) {
    cx.db
      .insert(votes)
      .values({ ideaId: source.id, ...vote })
      .onConflictDoNothing()
      .run();
  }
  if (record.movedComments.length > 0) {
    cx.db.update(comments).set({ ideaId: source.id }).where(inArray(comments.id, record.movedComments)).run();
  }
  if (record.addedCoauthors.length > 0) {
    cx.db
      .delete(ideaCoauthors)
      .where(
        and(eq(ideaCoauthors.ideaId, merge.targetId), inArray(ideaCoauthors.userId, record.addedCoauthors)),
      )
      .run();
  }
  cx.db.update(ideas).set({ mergedInto: null, updatedAt: Date.now() }).where(eq(ideas.id, source.id)).run();
  cx.db.update(merges).set({ undoneAt: Date.now() }).where(eq(merges.id, merge.id)).run();
  recount(cx, source.id);
  recount(cx, merge.targetId);
  projectIdea(cx, source.id);
  projectIdea(cx, merge.targetId);
  return true;
}
