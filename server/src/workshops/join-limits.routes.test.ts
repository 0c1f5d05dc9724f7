import { afterEach, describe, expect, it } from "vitest";
import { personFrom } from "../testing/addresses.ts";
import { personAs, seedBoard, testApp } from "../testing/harness.ts";
import { JOIN_LIMITS, JoinLimits } from "./join-limits.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function workshop(delayMs = 5, maxSlowed = JOIN_LIMITS.maxSlowedPerAddress) {
  current = testApp({}, { realLimits: true });
  const { app, services } = current;
  // The real wait is seconds; the rule does not depend on its length.
  services.limits.join = new JoinLimits({ ...JOIN_LIMITS, delayMs, maxSlowedPerAddress: maxSlowed });
  const board = seedBoard(services, { title: "Bürgerabend", mode: "workshop" });
  const maria = personAs(services, app, "manager", { name: "Maria" }).person;
  const started = await maria.call("POST", `/api/boards/${board.id}/session`);
  expect(started.status).toBe(201);
  return { app, code: started.json.code as string, board };
}

const tally = (statuses: number[]) =>
  statuses.reduce<Record<number, number>>((t, s) => {
    t[s] = (t[s] ?? 0) + 1;
    return t;
  }, {});

describe("join code limits", () => {
  it("accepts the right code from an address after 25 wrong ones, which it refuses past the limit", async () => {
    const { app, code, board } = await workshop();
    const hall = personFrom(app, "203.0.113.50");
    const wrong: number[] = [];
    for (let i = 0; i < 25; i++)
      wrong.push((await hall.call("POST", "/api/join", { code: "XXXXXX" })).status);
    expect(wrong.slice(0, JOIN_LIMITS.wrongPerAddress).every((s) => s === 404)).toBe(true);
    expect(wrong.slice(JOIN_LIMITS.wrongPerAddress).every((s) => s === 429)).toBe(true);
    const late = personFrom(app, "203.0.113.50");
    const joined = await late.call("POST", "/api/join", { code, name: "Leyla" });
    expect(joined.status).toBe(200);
    expect(joined.json.board).toEqual({ id: board.id });
    expect((await late.call("GET", "/api/me")).json.user).toMatchObject({ name: "Leyla", role: "guest" });
    // Another address is not touched by the first one's guessing.
    expect((await personFrom(app, "198.51.100.1").call("POST", "/api/join", { code: "XXXXXX" })).status).toBe(
      404,
    );
  });

  it("counts wrong codes sent in parallel before answering any of them", async () => {
    const { app } = await workshop();
    const guesser = personFrom(app, "203.0.113.51");
    const answers = await Promise.all(
      Array.from({ length: 30 }, () => guesser.call("POST", "/api/join", { code: "XXXXXX" })),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 404: JOIN_LIMITS.wrongPerAddress, 429: 10 });
  });

  it("keeps only a bounded number of a blocked address's attempts waiting; past it 429 unchecked", async () => {
    const { app, code } = await workshop(200, 3);
    const hall = personFrom(app, "203.0.113.52");
    for (let i = 0; i < JOIN_LIMITS.wrongPerAddress; i++)
      await hall.call("POST", "/api/join", { code: "XXXXXX" });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        personFrom(app, "203.0.113.52").call("POST", "/api/join", { code, name: `P${i}` }),
      ),
    );
    expect(tally(answers.map((a) => a.status))).toEqual({ 200: 3, 429: 3 });
    // Once those are answered the right code goes through again.
    expect((await personFrom(app, "203.0.113.52").call("POST", "/api/join", { code })).status).toBe(200);
  });
});
