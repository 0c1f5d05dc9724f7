import type { BoardDocIdea } from "../sync/board-doc.ts";
import { excerptOf, type Idea } from "./rules.ts";

/**
 * The idea's entry in `board:<id>`, made from the idea as the API answers it: the server
 * writes the document with it and pages build cards from an answer with it, so the
 * mapping exists once. `coauthors`: their names, in the order they joined.
 */
export function ideaEntry(idea: Idea, coauthors: readonly string[] = []): BoardDocIdea {
  const entry: BoardDocIdea = {
    id: idea.id,
    title: idea.title,
    excerpt: excerptOf(idea.body),
    kind: idea.kind,
    category: idea.category,
    status: idea.status,
    authorName: idea.authorName,
    createdAt: idea.createdAt,
    comments: idea.comments,
    coauthors: [...coauthors],
  };
  if (idea.votes !== undefined) entry.votes = idea.votes;
  if (idea.projectId) entry.projectId = idea.projectId;
  if (idea.statusReason) entry.statusReason = idea.statusReason;
  if (idea.statusContact) entry.statusContact = idea.statusContact;
  if (idea.commentsLocked) entry.commentsLocked = true;
  return entry;
}

/** What a card shows: the live document's entry, or the HTTP answer's idea. */
export interface CardIdea extends BoardDocIdea {
  pending: boolean;
  hidden?: { reason: string } | undefined;
}

export function cardFromIdea(idea: Idea): CardIdea {
  return {
    ...ideaEntry(idea, idea.coauthorNames),
    pending: idea.moderation === "pending",
    hidden: idea.hidden,
  };
}

/** Only the author (and managers) get pending or hidden ideas; they are never live. */
export const isPrivate = (idea: Idea) => idea.moderation === "pending" || idea.hidden !== undefined;

/**
 * A board's cards: the live document's ideas once it is complete, the HTTP answer's until
 * then (it is the fuller picture), and, unless `own` is false, one's own pending and
 * hidden ideas, which only the answer has. The server's first view is this with no live
 * document yet.
 */
export function boardCards(
  answer: readonly Idea[],
  live: Iterable<BoardDocIdea>,
  synced: boolean,
  own = true,
): Map<string, CardIdea> {
  const map = new Map<string, CardIdea>();
  if (!synced) for (const idea of answer) if (!isPrivate(idea)) map.set(idea.id, cardFromIdea(idea));
  for (const entry of live) map.set(entry.id, { ...entry, pending: false });
  if (own) {
    for (const idea of answer) if (isPrivate(idea) && !map.has(idea.id)) map.set(idea.id, cardFromIdea(idea));
  }
  return map;
}

/**
 * The answer's idea with its live entry laid over it (the idea page). What the entry
 * leaves out is absent now (a status without a reason, a project unlinked); only the
 * tally stays the answer's when the document hides it (managers see hidden tallies).
 */
export function liveIdea<T extends Idea>(idea: T, entry: BoardDocIdea | undefined): T {
  if (!entry) return idea;
  const next: T = {
    ...idea,
    title: entry.title,
    status: entry.status,
    comments: entry.comments,
    votes: entry.votes ?? idea.votes,
  };
  if (next.votes === undefined) delete next.votes;
  const optional = ["statusReason", "statusContact", "projectId", "commentsLocked"] as const;
  for (const key of optional) {
    if (entry[key] === undefined) delete next[key];
    else Object.assign(next, { [key]: entry[key] });
  }
  return next;
}
