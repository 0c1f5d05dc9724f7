import { z } from "zod";

/**
 * One kept version of an idea's co-written text (`GET /api/ideas/:id/history`). `by` names
 * who wrote since the version before it, resolved when asked: a deleted account shows as
 * "Anonym"; a version kept when the text was first loaded, or after a restart, may name
 * nobody.
 */
export const ideaVersionSchema = z.strictObject({
  id: z.number().int().positive(),
  at: z.iso.datetime(),
  by: z.array(z.string()),
  title: z.string(),
  body: z.string(),
});
export type IdeaVersion = z.infer<typeof ideaVersionSchema>;

/** The answer of `GET /api/ideas/:id/history`: newest first. */
export const ideaHistoryAnswer = z.strictObject({ versions: z.array(ideaVersionSchema) });
export type IdeaHistoryAnswer = z.infer<typeof ideaHistoryAnswer>;

/** A version id in a path: digits only; anything else names no version (404). */
export const versionIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,14}$/)
  .transform(Number);
