import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { multiLineText } from "../text/schemas.ts";
import { COMMENT_MAX } from "./thread.ts";

export const createCommentInput = z.strictObject({
  body: multiLineText().min(1, issue("commentRequired")).max(COMMENT_MAX),
  /** Replying to a top-level comment; replies to replies are not allowed. */
  parentId: z.string().min(1).max(40).optional(),
});
export type CreateCommentInput = z.infer<typeof createCommentInput>;

export { COMMENT_MAX, type Comment, threadOrder } from "./thread.ts";
