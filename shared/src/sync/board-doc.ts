import type { IdeaKind, IdeaStatus } from "../ideas/rules.ts";

/**
 * Shape of `board:<id>` (server-written). `getMap("meta")` holds the keys of
 * BoardDocMeta; `getMap("ideas")` maps an idea id to a Y.Map with the keys of
 * BoardDocIdea. `votes` is absent while tallies are hidden. `getMap("projects")` maps a
 * project id to a Y.Map with the keys of BoardDocProject (shared/src/projects/live.ts).
 */
export interface BoardDocMeta {
  title: string;
  description: string;
  mode: "open" | "workshop";
  phase: string | null;
  postingOpen: boolean;
  votingKind: "up" | "dots";
  dots: number | null;
  revealed: boolean;
  categories: string[];
  /** Workshop: the countdown (epoch ms it ends while running; ms left while paused). */
  timerEndsAt: number | null;
  timerRemainingMs: number | null;
  /** Workshop: the idea shown large on the projector, if any. */
  spotlight: string | null;
  participantCanvas: boolean;
  /** Workshop: its topic tables as JSON text `[{id, title}]`; on a table, its workshop. */
  tables: string;
  parentId: string | null;
  /** Workshop: a session runs; once it ends, guests only read. */
  running: boolean;
}

export interface BoardDocIdea {
  id: string;
  title: string;
  excerpt: string;
  kind: IdeaKind;
  category: string | null;
  status: IdeaStatus;
  authorName: string;
  createdAt: string;
  comments: number;
  votes?: number;
  projectId?: string;
}

export const BOARD_META = "meta";
export const BOARD_IDEAS = "ideas";
