import type { Idea } from "../ideas/rules.ts";
import type { AnswerTime } from "../moderation/answers.ts";
import type { Fund } from "../projects/schemas.ts";
import type { Board } from "./schemas.ts";

/**
 * The answer of `GET /api/boards/:id`, which the page `/boards/:id` embeds and renders
 * its first view from. The server's `boardAnswer` returns it; the client's type of the
 * route's answer is derived from that route, so both read this one declaration.
 */
export interface BoardAnswer {
  board: Board;
  ideas: Idea[];
  /** This year's neighbourhood fund: what is left for small projects. Always sent. */
  fund: Fund;
  /**
   * A signed-in person's dots on a dots board: the budget, which a workshop's tables
   * share with it, and what is left of it across all of them.
   */
  dots?: { budget: number; left: number };
  /**
   * How quickly the office answers posts on this board: the median days to the first
   * public answer over the last 90 days, null while fewer than five answers make one.
   */
  answerTime: AnswerTime;
}
