/** Comment rules without zod, so the client imports them directly. */
export const COMMENT_MAX = 2000;

export interface Comment {
  id: string;
  ideaId: string;
  parentId: string | null;
  authorName: string;
  body: string;
  createdAt: string;
  own?: boolean;
}

/** Top-level comments in order, each followed by its replies in order. */
export function threadOrder<T extends { id: string; parentId: string | null; createdAt: string }>(
  list: readonly T[],
): { comment: T; replies: T[] }[] {
  const byTime = [...list].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
  );
  const threads = new Map<string, { comment: T; replies: T[] }>();
  for (const c of byTime) if (c.parentId === null) threads.set(c.id, { comment: c, replies: [] });
  for (const c of byTime) if (c.parentId !== null) threads.get(c.parentId)?.replies.push(c);
  return [...threads.values()];
}
