import type { IdeaKind, IdeaSort } from "@quer/shared";

/*
 * Client copies of the pure helpers in shared/src/ideas/schemas.ts. That module also
 * builds the zod schemas, and importing it at run time would put zod (about 23 KB gzip)
 * on every page. `list.test.ts` checks these against the shared originals.
 */

export const ideaKinds = ["idea", "problem"] as const satisfies readonly IdeaKind[];
export const ideaSorts = ["votes", "newest"] as const satisfies readonly IdeaSort[];
export const IDEA_TITLE_MIN = 3;
export const IDEA_TITLE_MAX = 120;
export const IDEA_BODY_MAX = 5000;
const EXCERPT_LENGTH = 200;

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > EXCERPT_LENGTH * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

interface Sortable {
  id: string;
  createdAt: string;
  votes?: number | undefined;
}

/** Most votes first (newest breaks ties), or newest first; stable for equal keys. */
export function sortIdeas<T extends Sortable>(ideas: readonly T[], by: IdeaSort): T[] {
  const newest = (a: T, b: T) =>
    a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? 1 : -1;
  const copy = [...ideas];
  if (by === "newest") return copy.sort(newest);
  return copy.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || newest(a, b));
}

export function filterIdeas<T extends { kind: IdeaKind; category: string | null }>(
  ideas: readonly T[],
  filter: { kind?: IdeaKind | undefined; category?: string | undefined },
): T[] {
  return ideas.filter(
    (idea) =>
      (!filter.kind || idea.kind === filter.kind) && (!filter.category || idea.category === filter.category),
  );
}
