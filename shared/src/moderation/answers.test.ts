import { describe, expect, it } from "vitest";
import {
  type AnswerFacts,
  answerTime,
  DAY_MS,
  firstAnswerAt,
  isAnswer,
  isAnswered,
  medianAnswerDays,
  waitingForAnswer,
} from "./answers.ts";

const NOW = Date.UTC(2026, 11, 6, 12);

function post(over: Partial<AnswerFacts> & { id?: string } = {}): AnswerFacts & { id: string } {
  const createdAt = over.createdAt ?? NOW - 3 * DAY_MS;
  return {
    id: "p",
    createdAt,
    pending: false,
    hidden: false,
    merged: false,
    status: "new",
    statusReason: null,
    history: [{ status: "new", reason: null, at: createdAt }],
    ...over,
  };
}

/** A post created `days` + `age` days ago, answered `days` after creation. */
function answeredAfter(days: number, age = 10): AnswerFacts {
  const createdAt = NOW - (days + age) * DAY_MS;
  return post({
    createdAt,
    status: "accepted",
    history: [
      { status: "new", reason: null, at: createdAt },
      { status: "accepted", reason: null, at: createdAt + days * DAY_MS },
    ],
  });
}

describe("isAnswer", () => {
  it("counts a deciding status, and any status with a public reason", () => {
    expect(isAnswer({ status: "accepted", reason: null })).toBe(true);
    expect(isAnswer({ status: "declined", reason: null })).toBe(true);
    expect(isAnswer({ status: "reviewing", reason: "Wir fragen beim Bezirk nach." })).toBe(true);
    expect(isAnswer({ status: "new", reason: "Danke, wir melden uns." })).toBe(true);
  });
  it("does not count new or reviewing without a word", () => {
    expect(isAnswer({ status: "new", reason: null })).toBe(false);
    expect(isAnswer({ status: "reviewing", reason: null })).toBe(false);
    expect(isAnswer({ status: "reviewing", reason: "   " })).toBe(false);
  });
});

describe("firstAnswerAt and isAnswered", () => {
  it("finds the first answer in the history, not a later one", () => {
    const p = post({
      history: [
        { status: "new", reason: null, at: 1 },
        { status: "reviewing", reason: null, at: 2 },
        { status: "reviewing", reason: "Wir prüfen das.", at: 3 },
        { status: "accepted", reason: null, at: 4 },
      ],
      status: "accepted",
    });
    expect(firstAnswerAt(p)).toBe(3);
    expect(isAnswered(p)).toBe(true);
  });
  it("counts a current answer without history as answered at no known time", () => {
    const p = post({ status: "done", history: [] });
    expect(firstAnswerAt(p)).toBeUndefined();
    expect(isAnswered(p)).toBe(true);
  });
  it("stays answered when the status goes back to new", () => {
    const p = post({
      status: "new",
      history: [
        { status: "new", reason: null, at: 1 },
        { status: "declined", reason: null, at: 2 },
        { status: "new", reason: null, at: 3 },
      ],
    });
    expect(isAnswered(p)).toBe(true);
  });
});

describe("waitingForAnswer", () => {
  it("lists visible and pending posts without an answer, oldest first, with their age", () => {
    const list = waitingForAnswer(
      [
        post({ id: "young", createdAt: NOW - 2 * DAY_MS - 1000 }),
        post({ id: "old", createdAt: NOW - 12 * DAY_MS }),
        post({ id: "pending", createdAt: NOW - 5 * DAY_MS, pending: true }),
        post({ id: "today", createdAt: NOW - 1000 }),
      ],
      NOW,
    );
    expect(list.map((p) => [p.id, p.ageDays])).toEqual([
      ["old", 12],
      ["pending", 5],
      ["young", 2],
      ["today", 0],
    ]);
  });
  it("leaves out hidden, merged and answered posts, and reviewing without a word stays waiting", () => {
    const reviewing = post({
      id: "reviewing",
      status: "reviewing",
      history: [
        { status: "new", reason: null, at: NOW - 3 * DAY_MS },
        { status: "reviewing", reason: null, at: NOW - DAY_MS },
      ],
    });
    const list = waitingForAnswer(
      [
        post({ id: "hidden", hidden: true }),
        post({ id: "merged", merged: true }),
        { ...answeredAfter(1), id: "answered" },
        reviewing,
      ],
      NOW,
    );
    expect(list.map((p) => p.id)).toEqual(["reviewing"]);
  });
});

describe("medianAnswerDays", () => {
  it("is null with fewer than five answers, however quick", () => {
    const four = [1, 1, 2, 2].map((d) => answeredAfter(d));
    expect(medianAnswerDays(four, NOW)).toBeNull();
    expect(answerTime(four, NOW)).toEqual({ medianDays: null, answers: 4 });
  });
  it("takes the median of five or more answers, in whole days rounded up", () => {
    const five = [1, 9, 3, 2, 30].map((d) => answeredAfter(d));
    expect(answerTime(five, NOW)).toEqual({ medianDays: 3, answers: 5 });
    const six = [1, 2, 3, 4, 5, 6].map((d) => answeredAfter(d));
    expect(medianAnswerDays(six, NOW)).toBe(4); // 3.5 days: "within 4 days"
  });
  it("says at least one day when the office answers within hours", () => {
    const quick = [0.1, 0.2, 0.2, 0.3, 0.5].map((d) => answeredAfter(d));
    expect(medianAnswerDays(quick, NOW)).toBe(1);
  });
  it("counts only answers of the last 90 days, and unanswered posts not at all", () => {
    const recent = [2, 2, 2, 2].map((d) => answeredAfter(d));
    const old = answeredAfter(1, 95);
    expect(answerTime([...recent, old, post(), post()], NOW)).toEqual({
      medianDays: null,
      answers: 4,
    });
    expect(answerTime([...recent, answeredAfter(1, 80)], NOW)).toEqual({
      medianDays: 2,
      answers: 5,
    });
  });
});
