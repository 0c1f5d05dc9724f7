import type { Idea, IdeaStatus } from "./rules.ts";

/**
 * One entry of `GET /api/me/ideas`: a post this person wrote or co-writes, with where it
 * is and what the office last said about it, so they can follow it without searching.
 */
export interface MyIdea {
  idea: Idea;
  boardTitle: string;
  /** Whether they wrote it or write it with its author. */
  role: "author" | "coauthor";
  /** The office's newest status change, when there was one after "new". */
  latestAnswer?: { status: IdeaStatus; reason?: string; at: string };
}

export interface MyIdeasAnswer {
  ideas: MyIdea[];
}
