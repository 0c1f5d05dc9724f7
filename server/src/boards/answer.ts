import {
  type Actor,
  type BoardAnswer,
  can,
  type Idea,
  isPrivate,
  seesIdea,
  sortIdeas,
  talliesVisible,
} from "@quer/shared";
import type { Db } from "../db/open.ts";
import { notFound } from "../http/errors.ts";
import { coauthorNamesOnBoard, ideaFacts, ideasOfBoard, myVotesOnBoard } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { boardAnswerTime } from "../moderation/waiting.ts";
import { fundOf } from "../projects/repo.ts";
import { myDots } from "../votes/budget.ts";
import { boardFacts, boardView, findBoard } from "./repo.ts";

/**
 * A board as `actor` may see it: the answer of `GET /api/boards/:id`, and of the page
 * `/boards/:id`, which embeds it so the first cards need no request of their own. One
 * function for both, so the page can never show more than the API would.
 * `first`: only the N most-voted public ideas (and all of one's own pending or hidden
 * ones), so a big board's first paint does not wait for thousands of ideas.
 */
export function boardAnswer(db: Db, actor: Actor, id: string, first?: number): BoardAnswer {
  const row = findBoard(db, id);
  if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound("boardNotFound");
  const facts = boardFacts(row);
  const board = boardView(row, 0);
  const manager = can(actor, "board.update", facts);
  const showTally = talliesVisible(board, manager);
  const viewerId = actor.kind === "anonymous" ? null : actor.id;
  const mine = viewerId ? myVotesOnBoard(db, row.id, viewerId) : null;
  // Named on the first cards too, so they do not change once the live document arrives.
  const coauthors = coauthorNamesOnBoard(db, row.id);
  const all = ideasOfBoard(db, row.id)
    .filter((item) => item.idea.mergedInto === null && seesIdea(actor, facts, ideaFacts(item.idea)))
    .map((item) =>
      ideaView(item, {
        showTally,
        mine: mine ? (mine.get(item.idea.id) ?? 0) : undefined,
        viewerId,
        coauthorNames: coauthors.get(item.idea.id),
      }),
    );
  const isPublicView = (i: Idea) => !isPrivate(i);
  board.ideaCount = all.filter(isPublicView).length;
  const ideas =
    first === undefined
      ? all
      : [
          ...sortIdeas(all.filter(isPublicView), "votes").slice(0, first),
          ...all.filter((i) => !isPublicView(i)),
        ];
  const dots = viewerId ? myDots(db, row.id, viewerId) : undefined;
  // What is left of this year's fund, so residents see what small projects can still get.
  return {
    board,
    ideas,
    fund: fundOf(db, new Date().getFullYear()),
    ...(dots ? { dots } : {}),
    answerTime: boardAnswerTime(db, row.id),
  };
}
