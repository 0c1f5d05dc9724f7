import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { multiLineText, singleLineText } from "../text/schemas.ts";
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN, ideaKinds } from "./rules.ts";

export const createIdeaInput = z.strictObject({
  title: singleLineText().min(IDEA_TITLE_MIN, issue("titleTooShort")).max(IDEA_TITLE_MAX),
  body: multiLineText().max(IDEA_BODY_MAX).optional(),
  kind: z.enum(ideaKinds).optional(),
  category: singleLineText().min(1).max(40).optional(),
});
export type CreateIdeaInput = z.infer<typeof createIdeaInput>;
