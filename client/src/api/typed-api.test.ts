import type { AppType } from "@quer/server";
import type { Board, Fund, Idea } from "@quer/shared";
import { hc } from "hono/client";
import { afterAll, describe, expect, it } from "vitest";
import { seedBoard, TEST_ORIGIN, testApp } from "../../../server/src/testing/harness.ts";
import type { BoardAnswer } from "../boards/board-api.ts";
import type { IdeaAnswer } from "../ideas/idea-api.ts";
import type { ProjectAnswer } from "../projects/project-api.ts";
import { ApiError, call, seg } from "./client.ts";

/**
 * The pages' answer types come from the server's routes. What follows is checked by
 * `pnpm typecheck`: it stops compiling when a page's type and the server's answer part.
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type IsAny<T> = 0 extends 1 & T ? true : false;

// Derived types, not `any`: a route the typed client cannot see would give `any`.
const derived: [IsAny<BoardAnswer>, IsAny<IdeaAnswer>, IsAny<ProjectAnswer>] = [false, false, false];
// The server always sends this year's fund with a board.
const fundAlwaysSent: Same<BoardAnswer["fund"], Fund> = true;
const boardAndIdeas: [Same<BoardAnswer["board"], Board>, Same<BoardAnswer["ideas"], Idea[]>] = [true, true];
// The idea page's status history is always there, too.
const historyAlwaysSent: Same<undefined extends IdeaAnswer["idea"]["statusHistory"] ? 1 : 0, 0> = true;

// A board answer without its fund is no board answer.
// @ts-expect-error `fund` is not optional
const withoutFund: BoardAnswer = { board: {} as Board, ideas: [] };

describe("the typed client against the real app", () => {
  const quer = testApp();
  afterAll(() => quer.dispose());
  const typed = hc<AppType>(`${TEST_ORIGIN}/api`, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => quer.app.request(input, init),
  });

  it("compiles what it checks", () => {
    expect([derived, fundAlwaysSent, boardAndIdeas, historyAlwaysSent]).toEqual([
      [false, false, false],
      true,
      [true, true],
      true,
    ]);
    expect(withoutFund.ideas).toEqual([]);
  });

  it("gets the board's answer with its fund, as the type says", async () => {
    const board = seedBoard(quer.services);
    const answer: BoardAnswer = await call(
      typed.boards[":id"].$get({ param: { id: seg(board.id) }, query: { first: "60" } }),
    );
    expect(answer.board.id).toBe(board.id);
    expect(answer.ideas).toEqual([]);
    expect(answer.fund).toEqual({ year: new Date().getFullYear(), amount: 0, granted: 0, left: 0 });
  });

  it("turns a refusal into an ApiError and encodes path parameters", async () => {
    const failure = call(typed.boards[":id"].$get({ param: { id: seg("../boards") }, query: {} }));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: "not_found" });
    const badQuery = call(typed.boards[":id"].$get({ param: { id: seg("x") }, query: { first: "0" } }));
    await expect(badQuery).rejects.toMatchObject({ status: 400, code: "invalid" });
  });
});
