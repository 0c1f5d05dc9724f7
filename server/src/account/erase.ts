import {
  docSnapshots,
  docUpdates,
  ideaCoauthors,
  ideas,
  projectMembers,
  projectUpdates,
  users,
  votes,
} from "@quer/db";
import { docName, PROJECT_TASKS, parseDocName } from "@quer/shared";
import { eq, inArray } from "drizzle-orm";
import * as Y from "yjs";
import { projectIdea } from "../boards/projection.ts";
import type { CommandContext } from "../commands.ts";
import { projectProject } from "../projects/board-entry.ts";
import { findProject } from "../projects/repo.ts";
import { recountVotes } from "../votes/service.ts";
import { type Erased, scrubMerges, scrubOutbox, storedDocsMentioning } from "./scrub.ts";

/** What a deletion leaves to do once it has committed (`Erasures.follow`). */
export interface Erasure {
  /** Documents to compact, so no stored update still holds what the deletion overwrote. */
  compact: string[];
  /** Documents that went with the account: dropped from memory. */
  drop: string[];
}

/** Project plans name who took a task (`takenBy: {id, name}`); the person's tasks are open again. */
function releaseTasks(cx: CommandContext, name: string, userId: string): void {
  cx.writeDoc(name, (doc) => {
    for (const task of doc.getArray(PROJECT_TASKS).toArray()) {
      if (!(task instanceof Y.Map)) continue;
      const by = task.get("takenBy") as { id?: unknown } | null | undefined;
      if (by && typeof by === "object" && by.id === userId) task.set("takenBy", null);
    }
  });
}

/**
 * Deletes a person inside one command. What they wrote for others stays (ideas,
 * comments, project news, co-written text), signed "Anonym"; everything that is theirs
 * or names them goes: the account and its sessions, votes (tallies recounted), reports
 * with their reasons, notices, co-writing and team places, the tasks they took, mails to
 * them, their part of merge records and their inbox document. Foreign keys do the row
 * work; this does what they cannot reach. Null when the account is already gone.
 */
export function erasePerson(cx: CommandContext, id: string): Erasure | null {
  const row = cx.db.select().from(users).where(eq(users.id, id)).get();
  if (!row) return null;
  const person: Erased = { id, name: row.name, email: row.email };
  // Names are written into board documents (authorName, coauthors) and plans (takenBy): those whose
  // stored snapshot or log holds them are compacted once this has committed.
  const named = storedDocsMentioning(cx.db, [person.name, person.email ?? "", id], ["board:", "project:"]);
  const voted = cx.db
    .select({ ideaId: votes.ideaId })
    .from(votes)
    .where(eq(votes.userId, id))
    .all()
    .map((v) => v.ideaId);
  const authored = cx.db
    .select({ id: ideas.id })
    .from(ideas)
    .where(eq(ideas.authorId, id))
    .all()
    .map((i) => i.id);
  const cowritten = cx.db
    .select({ ideaId: ideaCoauthors.ideaId })
    .from(ideaCoauthors)
    .where(eq(ideaCoauthors.userId, id))
    .all()
    .map((r) => r.ideaId);
  // Teams and news are in board documents too (`projects`): written again without them.
  const projectIds = new Set([
    ...cx.db
      .select({ id: projectMembers.projectId })
      .from(projectMembers)
      .where(eq(projectMembers.userId, id))
      .all()
      .map((r) => r.id),
    ...cx.db
      .select({ id: projectUpdates.projectId })
      .from(projectUpdates)
      .where(eq(projectUpdates.authorId, id))
      .all()
      .map((r) => r.id),
  ]);
  const compact = new Set(named);
  for (const name of named) {
    const ref = parseDocName(name);
    if (ref?.kind === "project" && findProject(cx.db, ref.id)) releaseTasks(cx, name, id);
  }
  scrubOutbox(cx.db, person);
  scrubMerges(cx.db, person);
  // Foreign keys do the rest: author columns become null, personal rows go, sessions too
  // (their sockets close as the deletion commits: `AccessWatch`).
  cx.db.delete(users).where(eq(users.id, id)).run();
  const inbox = docName("inbox", id);
  cx.db.delete(docSnapshots).where(eq(docSnapshots.name, inbox)).run();
  cx.db.delete(docUpdates).where(eq(docUpdates.name, inbox)).run();
  for (const ideaId of voted) recountVotes(cx, ideaId);
  for (const projectId of projectIds) {
    projectProject(cx, projectId);
    const project = findProject(cx.db, projectId);
    if (project) compact.add(docName("board", project.boardId));
  }
  const touched = [...new Set([...voted, ...authored, ...cowritten])];
  if (touched.length > 0) {
    for (const idea of cx.db
      .select({ id: ideas.id, boardId: ideas.boardId })
      .from(ideas)
      .where(inArray(ideas.id, touched))
      .all()) {
      projectIdea(cx, idea.id);
      compact.add(docName("board", idea.boardId));
    }
  }
  return { compact: [...compact], drop: [inbox] };
}
