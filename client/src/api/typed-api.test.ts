import type { AppType } from "@quer/server";
import type { Board, Fund, Idea } from "@quer/shared";
import { hc } from "hono/client";
import { afterAll, describe, expect, it } from "vitest";
import { personAs, seedBoard, TEST_ORIGIN, testApp } from "../../../server/src/testing/harness.ts";
import type { BoardAnswer } from "../boards/board-api.ts";
import type { IdeaAnswer } from "../ideas/idea-api.ts";
import type { ProjectAnswer } from "../projects/project-api.ts";
import type {
  joinWorkshop,
  PlenaryAnswer,
  SessionInfo,
  StartedSession,
  sendDots,
  sendPost,
  TimerAnswer,
  WorkshopSettings,
} from "../workshops/workshop-api.ts";
import { ApiError, call, callText, seg } from "./client.ts";

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

// The workshop's answers, too, are the server's: none of them `any`.
type JoinAnswer = Awaited<ReturnType<typeof joinWorkshop>>;
type PostAnswer = Awaited<ReturnType<typeof sendPost>>;
type DotsAnswer = Awaited<ReturnType<typeof sendDots>>;
const workshopDerived: [
  IsAny<SessionInfo>,
  IsAny<StartedSession>,
  IsAny<TimerAnswer>,
  IsAny<PlenaryAnswer>,
  IsAny<JoinAnswer>,
  IsAny<PostAnswer>,
  IsAny<DotsAnswer>,
] = [false, false, false, false, false, false, false];
const sessionFields: [
  Same<StartedSession["code"], string>,
  Same<SessionInfo["active"], boolean>,
  Same<SessionInfo["retentionDays"], number>,
] = [true, true, true];
// The timer's answer brings the server's clock, which the countdowns correct by.
const timerClock: Same<TimerAnswer["now"], number> = true;
const plenaryIdeas: Same<PlenaryAnswer["ideas"][number]["tableId"], string> = true;
const outboxAnswers: [Same<PostAnswer["idea"], Idea>, Same<DotsAnswer["mine"], number>] = [true, true];

// What the settings take is the route's schema, unknown fields refused.
const settingsInput: Same<WorkshopSettings["retentionDays"], number | undefined> = true;
// @ts-expect-error `title` is no workshop setting
const notASetting: WorkshopSettings = { title: "Bürgerabend" };

// Starting a session answers its whole record, as reading it does: the page shows the
// session's own settings at once, never a default in their place.
const startedAsRead: Same<StartedSession, SessionInfo> = true;

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
    expect([workshopDerived, sessionFields, timerClock, plenaryIdeas, outboxAnswers, settingsInput]).toEqual([
      [false, false, false, false, false, false, false],
      [true, true, true],
      true,
      true,
      [true, true],
      true,
    ]);
    expect(startedAsRead).toBe(true);
    expect(notASetting).toEqual({ title: "Bürgerabend" });
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

  it("keeps the language the server wrote a refusal in, for the page to mark it", async () => {
    const inEnglish = { headers: { cookie: "quer_locale=en" } };
    const failure = call(typed.boards[":id"].$get({ param: { id: "missing" }, query: {} }, inEnglish));
    await expect(failure).rejects.toMatchObject({ lang: "en", message: "This topic does not exist." });
    const german = call(typed.boards[":id"].$get({ param: { id: "missing" }, query: {} }));
    await expect(german).rejects.toMatchObject({ lang: "de", message: "Dieses Thema gibt es nicht." });
  });

  it("runs a workshop: start, the session, the timer, a resent post and the minutes", async () => {
    const board = seedBoard(quer.services, { title: "Bürgerabend", mode: "workshop" });
    const { cookie } = personAs(quer.services, quer.app, "manager").person;
    const as = { headers: { origin: TEST_ORIGIN, cookie: cookie ?? "" } };
    const param = { id: seg(board.id) };
    const workshop = typed.boards[":id"];

    let status = 0;
    const started: StartedSession = await call(workshop.session.$post({ param, json: {} }, as), (res) => {
      status = res.status;
    });
    expect(status).toBe(201);
    expect(started.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(started.joinUrl).toBe(`${TEST_ORIGIN}/join/${started.code}`);
    expect(started).toMatchObject({ active: true, retentionDays: 30, endedAt: null });

    const session: SessionInfo = await call(workshop.session.$get({ param }, as));
    expect(session).toEqual(started);

    const timer: TimerAnswer = await call(
      workshop.timer.$post({ param, json: { action: "start", seconds: 60 } }, as),
    );
    expect(timer.now).toBeTypeOf("number");
    expect(timer.timer.endsAt).toBe(timer.now + 60_000);

    const resend = { headers: { ...as.headers, "Idempotency-Key": "a".repeat(32) } };
    const first = await call(workshop.ideas.$post({ param, json: { title: "Mehr Bänke" } }, resend));
    const again = await call(workshop.ideas.$post({ param, json: { title: "Mehr Bänke" } }, resend));
    expect(again.idea.id).toBe(first.idea.id);

    const minutes = await callText(workshop["minutes.md"].$get({ param }, as));
    expect(minutes).toContain("# ");
    expect(minutes).toContain("Mehr Bänke");
  });

  it("turns a refused plain-text answer into an ApiError (a stranger sees no minutes)", async () => {
    const board = seedBoard(quer.services, { mode: "workshop" });
    const failure = callText(typed.boards[":id"]["minutes.md"].$get({ param: { id: seg(board.id) } }));
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: "not_found" });
  });
});
