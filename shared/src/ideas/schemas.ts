import { z } from "zod";
import { IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN, ideaKinds } from "./rules.ts";

export const createIdeaInput = z.strictObject({
  title: z.string().trim().min(IDEA_TITLE_MIN, "Der Titel braucht mindestens 3 Zeichen.").max(IDEA_TITLE_MAX),
  body: z.string().trim().max(IDEA_BODY_MAX).optional(),
  kind: z.enum(ideaKinds).optional(),
  category: z.string().trim().min(1).max(40).optional(),
});
export type CreateIdeaInput = z.infer<typeof createIdeaInput>;
