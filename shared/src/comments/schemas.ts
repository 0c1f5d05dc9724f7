import { z } from "zod";

export const COMMENT_MAX = 2000;

export const createCommentInput = z.strictObject({
  body: z.string().trim().min(1, "Bitte einen Kommentar schreiben.").max(COMMENT_MAX),
  /** Replying to a top-level comment; replies to replies are not allowed. */
  parentId: z.string().min(1).max(40).optional(),
});
export type CreateCommentInput = z.infer<typeof createCommentInput>;

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
