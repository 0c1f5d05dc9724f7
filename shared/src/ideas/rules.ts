/**
 * The pure rules about ideas: kinds, statuses, limits, excerpts, sorting and filtering.
 * No zod here, so the client can import this module without the schema library.
 */
export const ideaKinds = ["idea", "problem"] as const;
export type IdeaKind = (typeof ideaKinds)[number];

export const ideaStatuses = [
  "new",
  "reviewing",
  "accepted",
  "project",
  "done",
  "declined",
  "forwarded",
] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

export const IDEA_TITLE_MAX = 120;
export const IDEA_BODY_MAX = 5000;
export const EXCERPT_LENGTH = 200;
export const IDEA_TITLE_MIN = 3;

export interface StatusContact {
  office: string;
  person?: string;
  email?: string;
  phone?: string;
  url?: string;
}

/** An idea as the HTTP API returns it (contract: "An idea in any answer"). */
export interface Idea {
  id: string;
  boardId: string;
  title: string;
  body: string;
  kind: IdeaKind;
  category: string | null;
  status: IdeaStatus;
  authorName: string;
  createdAt: string;
  comments: number;
  votes?: number;
  /** Dots or up-vote this person has given the idea; only in answers to a signed-in person. */
  mine?: number;
  /** Whether the person asking wrote it; lets the client offer the author's actions. */
  own?: boolean;
  statusReason?: string;
  statusContact?: StatusContact;
  moderation?: "pending";
  hidden?: { reason: string; at: string };
  mergedInto?: string;
  projectId?: string;
  /** Set when the manager closed the comments; only managers may still comment. */
  commentsLocked?: boolean;
  /** Who writes it with the author, in the order they joined; absent when no one does. */
  coauthorNames?: string[];
}

/** The short text shown on cards and copied into board documents. */
export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > EXCERPT_LENGTH * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

export const ideaSorts = ["votes", "newest"] as const;
export type IdeaSort = (typeof ideaSorts)[number];

interface Sortable {
  id: string;
  createdAt: string;
  votes?: number;
}

/** Most votes first (newest breaks ties), or newest first; stable for equal keys. */
export function sortIdeas<T extends Sortable>(ideas: readonly T[], by: IdeaSort): T[] {
  const newest = (a: T, b: T) =>
    a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1;
  const copy = [...ideas];
  if (by === "newest") return copy.sort(newest);
  return copy.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || newest(a, b));
}

export interface IdeaFilter {
  kind?: IdeaKind | undefined;
  category?: string | undefined;
}

export function filterIdeas<T extends { kind: IdeaKind; category: string | null }>(
  ideas: readonly T[],
  filter: IdeaFilter,
): T[] {
  return ideas.filter(
    (idea) =>
      (!filter.kind || idea.kind === filter.kind) && (!filter.category || idea.category === filter.category),
  );
}
