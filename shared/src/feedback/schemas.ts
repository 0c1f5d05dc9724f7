import { z } from "zod";
import { email } from "../auth/schemas.ts";
import { issue } from "../http/issue-keys.ts";
import { multiLineText } from "../text/schemas.ts";
import { FEEDBACK_MAX_CHARS, FEEDBACK_PAGE_MAX_CHARS } from "./limits.ts";

export { FEEDBACK_MAX_CHARS, FEEDBACK_PAGE_MAX_CHARS };

/**
 * Body of `POST /api/feedback`: a message about a barrier (or anything else on the
 * accessibility statement's form), an address to answer to if the sender wants one, and
 * the page it is about. The page is a path of this site only: no host, no spaces, no
 * control characters, so it can stand in a mail as a link to this site and nowhere else.
 */
export const feedbackInput = z.strictObject({
  message: multiLineText()
    .min(1, issue("feedbackRequired"))
    .max(FEEDBACK_MAX_CHARS, issue("feedbackTooLong")),
  replyTo: email.optional(),
  page: z
    .string()
    .max(FEEDBACK_PAGE_MAX_CHARS)
    .regex(/^\/(?!\/)[^\s\\]*$/, issue("sitePageRequired"))
    .optional(),
});
export type FeedbackInput = z.infer<typeof feedbackInput>;

/** What a feedback notice carries to the managers' inbox (`kind: "feedback"`). */
export interface FeedbackNotice {
  message: string;
  replyTo?: string;
  page?: string;
  /** The name of the signed-in sender; absent when it came from someone not signed in. */
  from?: string;
}
