import { can, seesIdea, talliesVisible, voteInput } from "@quer/shared";
import { type Context, Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, forbidden, invalid, notFound, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { optionalJsonBody } from "../http/validate.ts";
import { findIdea, ideaFacts } from "../ideas/repo.ts";
import { setVote } from "./service.ts";

/** Finds the idea and checks that this person may vote on it; 404 / 401 / 403 / 409. */
function votingTarget(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id") ?? "");
  const board = item && findBoard(db, item.idea.boardId);
  if (!item || !board || !seesIdea(actor, boardFacts(board), ideaFacts(item.idea))) {
    throw notFound("ideaNotFound");
  }
  if (actor.kind === "anonymous") throw unauthenticated("signInToVote");
  const facts = { board: boardFacts(board), idea: ideaFacts(item.idea) };
  if (!can(actor, "idea.vote", facts)) {
    // The voting rule in can() includes the phase. Someone who could vote here in the vote
    // phase is refused for the phase alone: 409, like a spent budget, not 403.
    const inVotePhase = { ...facts, board: { ...facts.board, phase: "vote" as const } };
    if (can(actor, "idea.vote", inVotePhase)) throw conflict("votingClosed");
    throw forbidden("cannotVote");
  }
  return { actor, board, item };
}

/** What a vote answers: this person's dots (and what is left), the tally when it is shown. */
interface VoteAnswer {
  votes?: number;
  mine: number;
  left?: number;
}

function answer(
  c: Context<AppEnv>,
  board: NonNullable<ReturnType<typeof findBoard>>,
  result: { votes: number; mine: number; left?: number },
) {
  const actor = c.get("actor");
  const show = talliesVisible(boardView(board, 0), can(actor, "board.update", boardFacts(board)));
  const { votes, ...own } = result;
  const body: VoteAnswer = show ? { votes, ...own } : own;
  return c.json(body);
}

/** Mounted at `/api/ideas`. */
export const voteRoutes = new Hono<AppEnv>()
  .put("/:id/vote", optionalJsonBody(voteInput), async (c) => {
    const { actor, board, item } = votingTarget(c);
    limitWrites(c.get("services").limits.writesPerPerson, actor.id);
    const input = c.req.valid("json");
    let dots = 1;
    if (board.votingKind === "dots") {
      if (input?.dots === undefined) throw invalid("dotsRequired");
      dots = input.dots;
    } else if (input?.dots !== undefined) {
      // An up-vote has no content; a dots body here means the client misread the board.
      throw invalid("upvoteHasNoBody");
    }
    const userId = actor.id;
    // Group commit: many people vote at once in a workshop; one commit serves a group.
    const result = await c
      .get("services")
      .commands.runBatched((cx) => setVote(cx, board, item.idea.id, userId, dots));
    return answer(c, board, result);
  })
  .delete("/:id/vote", async (c) => {
    const { actor, board, item } = votingTarget(c);
    limitWrites(c.get("services").limits.writesPerPerson, actor.id);
    const userId = actor.id;
    const result = await c
      .get("services")
      .commands.runBatched((cx) => setVote(cx, board, item.idea.id, userId, 0));
    return answer(c, board, result);
  });
