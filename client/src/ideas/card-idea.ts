import type { BoardDocIdea, Idea } from "@quer/shared";
import { excerptOf } from "@quer/shared/ideas/rules";

/** What a card shows: the live document's entry, or the HTTP answer's idea. */
export interface CardIdea extends BoardDocIdea {
  pending: boolean;
  hidden?: { reason: string } | undefined;
}

export function cardFromIdea(idea: Idea): CardIdea {
  return {
    id: idea.id,
    title: idea.title,
    excerpt: excerptOf(idea.body),
    kind: idea.kind,
    category: idea.category,
    status: idea.status,
    authorName: idea.authorName,
    createdAt: idea.createdAt,
    comments: idea.comments,
    votes: idea.votes,
    pending: idea.moderation === "pending",
    hidden: idea.hidden,
  };
}

export function cardFromDoc(entry: BoardDocIdea): CardIdea {
  return { ...entry, pending: false };
}

/** Only the author (and managers) get pending or hidden ideas; they are never live. */
export const isPrivate = (idea: Idea) => idea.moderation === "pending" || idea.hidden !== undefined;

/**
 * A board's cards: the live document's ideas once it is complete, the HTTP answer's until
 * then (it is the fuller picture), and one's own pending and hidden ideas, which only the
 * answer has. The server's first view is this with no live document yet.
 */
export function boardCards(
  answer: readonly Idea[],
  live: Iterable<BoardDocIdea>,
  synced: boolean,
): Map<string, CardIdea> {
  const map = new Map<string, CardIdea>();
  if (!synced) for (const idea of answer) if (!isPrivate(idea)) map.set(idea.id, cardFromIdea(idea));
  for (const entry of live) map.set(entry.id, cardFromDoc(entry));
  for (const idea of answer) if (isPrivate(idea) && !map.has(idea.id)) map.set(idea.id, cardFromIdea(idea));
  return map;
}
