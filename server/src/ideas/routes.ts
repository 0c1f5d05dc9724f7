import { can, type Idea, seesIdea, talliesVisible } from "@quer/shared";
import { Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import {
  coauthorIdsOf,
  coauthorNamesOf,
  coauthorsOf,
  findIdea,
  type HistoryEntry,
  historyOf,
  ideaFacts,
  myVoteOn,
} from "./repo.ts";
import { ideaView } from "./view.ts";

/** The idea page's answer (`GET /api/ideas/:id`). */
export interface IdeaAnswer {
  idea: Idea & { statusHistory: HistoryEntry[] };
  /** Who writes the text with the author. */
  coauthors: { id: string; name: string }[];
  /** Whether this person may write `idea:<id>` (and so gets an editor). */
  canEdit: boolean;
  canManageCoauthors: boolean;
}

/** Mounted at `/api/ideas`; posting an idea is `board-idea-routes.ts`. */
export const ideaRoutes = new Hono<AppEnv>().get("/:id", (c) => {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id"));
  const board = item && findBoard(db, item.idea.boardId);
  const facts = item &&
    board && { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
  if (!item || !board || !facts || !seesIdea(actor, facts.board, facts.idea)) {
    throw notFound("ideaNotFound");
  }
  const manager = can(actor, "board.update", boardFacts(board));
  const viewerId = actor.kind === "anonymous" ? null : actor.id;
  const idea = ideaView(item, {
    showTally: talliesVisible(boardView(board, 0), manager),
    mine: viewerId ? myVoteOn(db, item.idea.id, viewerId) : undefined,
    viewerId,
    coauthorNames: coauthorNamesOf(db, item.idea.id),
  });
  const answer: IdeaAnswer = {
    idea: { ...idea, statusHistory: historyOf(db, item.idea.id) },
    coauthors: coauthorsOf(db, item.idea.id),
    canEdit: can(actor, "idea.edit", facts),
    canManageCoauthors: actor.kind !== "anonymous" && can(actor, "idea.coauthors", facts),
  };
  return c.json(answer);
});
