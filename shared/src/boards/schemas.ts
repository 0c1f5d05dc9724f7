import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { multiLineText, singleLineText } from "../text/schemas.ts";
import { type Phase, phases } from "../workshops/rules.ts";

export const boardModes = ["open", "workshop"] as const;
export type BoardMode = (typeof boardModes)[number];
export const moderationModes = ["pre", "post"] as const;
export type ModerationMode = (typeof moderationModes)[number];
/** The phases have one home, the zod-free workshop rules phones load. */
export const workshopPhases = phases;
export type WorkshopPhase = Phase;
export const visibilities = ["public", "private"] as const;
export type Visibility = (typeof visibilities)[number];

export const votingRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("up") }),
  z.strictObject({ kind: z.literal("dots"), dots: z.number().int().min(1).max(20) }),
]);
export type VotingRule = z.infer<typeof votingRule>;

const category = singleLineText().min(1).max(40);
const categories = z
  .array(category)
  .max(20, issue("tooManyCategories"))
  .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, {
    message: issue("categoriesOnce"),
  });

const title = singleLineText().min(1, issue("titleRequired")).max(120);
const description = multiLineText().max(2000);

export const createBoardInput = z.strictObject({
  title,
  description: description.optional(),
  mode: z.enum(boardModes).optional(),
  moderation: z.enum(moderationModes).optional(),
  voting: votingRule.optional(),
  categories: categories.optional(),
  visibility: z.enum(visibilities).optional(),
  postingOpen: z.boolean().optional(),
  coWriting: z.enum(["authors", "residents"]).optional(),
});
export type CreateBoardInput = z.infer<typeof createBoardInput>;

export const updateBoardInput = z
  .strictObject({
    title: title.optional(),
    description: description.optional(),
    moderation: z.enum(moderationModes).optional(),
    categories: categories.optional(),
    visibility: z.enum(visibilities).optional(),
    postingOpen: z.boolean().optional(),
    coWriting: z.enum(["authors", "residents"]).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: issue("nothingToChange") });
export type UpdateBoardInput = z.infer<typeof updateBoardInput>;

/**
 * Query of `GET /api/boards/:id`: `first` asks for only the N most-voted public ideas.
 * Other parameters are ignored, as before there was a schema for the query.
 */
export const boardQuery = z.object({ first: z.coerce.number<string>().int().min(1).max(1000).optional() });
export type BoardQuery = z.input<typeof boardQuery>;

export interface Board {
  id: string;
  title: string;
  description: string;
  mode: BoardMode;
  moderation: ModerationMode;
  voting: VotingRule;
  categories: string[];
  visibility: Visibility;
  postingOpen: boolean;
  coWriting: "authors" | "residents";
  phase: WorkshopPhase | null;
  /** Set on topic tables: the workshop board they belong to. */
  parentId: string | null;
  participantCanvas: boolean;
  timer: { endsAt: number | null; remainingMs: number | null };
  spotlightIdeaId: string | null;
  revealed: boolean;
  /**
   * Workshop: a session runs (started, not ended). Guests act only while it does; after
   * it, the workshop's boards stay readable to them.
   */
  running: boolean;
  createdAt: string;
  ideaCount: number;
}

/** The default for a new board: an open board anyone may read, post-moderated, up-votes. */
export function boardDefaults(input: CreateBoardInput) {
  const mode = input.mode ?? "open";
  return {
    title: input.title,
    description: input.description ?? "",
    mode,
    moderation: input.moderation ?? "post",
    voting: input.voting ?? (mode === "workshop" ? { kind: "dots", dots: 5 } : { kind: "up" }),
    categories: input.categories ?? [],
    // Workshop boards are for the people in the room unless the manager opens them.
    visibility: input.visibility ?? (mode === "workshop" ? "private" : "public"),
    postingOpen: input.postingOpen ?? true,
    coWriting: input.coWriting ?? "authors",
  } satisfies Omit<
    Board,
    | "id"
    | "createdAt"
    | "ideaCount"
    | "phase"
    | "revealed"
    | "parentId"
    | "participantCanvas"
    | "running"
    | "timer"
    | "spotlightIdeaId"
  >;
}
