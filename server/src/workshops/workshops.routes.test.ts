import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, TEST_ORIGIN, testApp } from "../testing/harness.ts";
import { JOIN_LIMITS, JoinLimits } from "./join-limits.ts";
import { sweepGuestNames } from "./retention.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function workshop(opts: { dots?: number } = {}) {
  current = testApp({}, { realLimits: true });
  const { app, services } = current;
  const board = seedBoard(services, {
    title: "Bürgerabend",
    mode: "workshop",
    voting: { kind: "dots", dots: opts.dots ?? 3 },
  });
  const open = seedBoard(services, { title: "Offenes Board" });
  const maria = personAs(services, app, "manager", { name: "Maria" }).person;
  const started = await maria.call("POST", `/api/boards/${board.id}/session`);
  return { app, services, board, open, maria, started };
}

async function join(app: ReturnType<typeof testApp>["app"], code: string, name?: string) {
  const p = Person.of(app);
  const res = await p.call("POST", "/api/join", name ? { code, name } : { code });
  return { p, res };
}

describe("starting a session and joining", () => {
  it("gives a short unambiguous code and a join URL under PUBLIC_URL", async () => {
    const { started } = await workshop();
    expect(started.status).toBe(201);
    expect(started.json.code).toMatch(/^[ACDEFHJKMNPRTUVWXY34679]{6}$/);
    expect(started.json.joinUrl).toBe(`${TEST_ORIGIN}/join/${started.json.code}`);
  });

  it("answers a start with the session's own record, also when one is running already", async () => {
    current = testApp();
    const board = seedBoard(current.services, { title: "Bürgerabend", mode: "workshop" });
    const maria = personAs(current.services, current.app, "manager", { name: "Maria" }).person;
    const path = `/api/boards/${board.id}/session`;
    const first = await maria.call("POST", path, { retentionDays: 14 });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ active: true, retentionDays: 14, endedAt: null });
    const again = await maria.call("POST", path);
    expect(again.status).toBe(200);
    expect(again.json).toEqual(first.json);
    expect((await maria.call("GET", path)).json).toEqual(first.json);
  });

  it("lets the right code in as a guest limited to that workshop; 403 elsewhere", async () => {
    const { app, board, open, started } = await workshop();
    const code = started.json.code as string;
    const { p, res } = await join(app, `${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`, "Leyla");
    expect(res.status).toBe(200);
    expect(res.json.board).toEqual({ id: board.id });
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/);
    expect((await p.call("GET", "/api/me")).json.user).toMatchObject({ name: "Leyla", role: "guest" });
    const posted = await p.call("POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Grün am Rathaus" });
    expect(posted.status).toBe(201);
    expect(posted.json.idea.authorName).toBe("Leyla");
    expect((await p.call("POST", `/api/boards/${open.id}/ideas`, { title: "Woanders posten" })).status).toBe(
      403,
    );
    expect((await p.call("POST", "/api/boards", { title: "Neues Board" })).status).toBe(403);
  });

  it("refuses wrong and ended codes, rate-limits guessing, never right codes", async () => {
    const { app, services, maria, board, started } = await workshop();
    // A slowed address waits seconds per attempt; the rule does not depend on how long.
    services.limits.join = new JoinLimits({ ...JOIN_LIMITS, delayMs: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await join(app, "XXXXXX")).res.status);
    expect(statuses.slice(0, 20).every((s) => s === 404)).toBe(true);
    expect(statuses[20]).toBe(429);
    expect((await join(app, "not a code")).res.status).toBe(429);
    for (let i = 0; i < 30; i++) expect((await join(app, started.json.code)).res.status).toBe(200);
    expect((await maria.call("DELETE", `/api/boards/${board.id}/session`)).status).toBe(200);
    // An ended code is a wrong one, and this address is still over its limit.
    expect((await join(app, started.json.code)).res.status).toBe(429);
    services.limits.join = new JoinLimits();
    expect((await join(app, started.json.code)).res.status).toBe(404);
  });

  it("lets a signed-in resident join as themselves and see the private board", async () => {
    const { app, services, board, started } = await workshop();
    const anna = personAs(services, app, "resident", { name: "Anna" }).person;
    expect((await anna.call("GET", `/api/boards/${board.id}`)).status).toBe(404);
    const res = await anna.call("POST", "/api/join", { code: started.json.code });
    expect(res.json).toEqual({ board: { id: board.id }, guest: false });
    expect(res.headers.get("set-cookie")).toBeNull();
    expect((await anna.call("GET", `/api/boards/${board.id}`)).status).toBe(200);
    expect(
      (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Als ich selbst" })).json.idea
        .authorName,
    ).toBe("Anna");
  });
});

describe("phases, reveal and dots", () => {
  it("only the facilitator changes phase; posting closes after collect; dots only in the vote phase", async () => {
    const { app, board, maria, started } = await workshop();
    const { p: guest } = await join(app, started.json.code);
    const idea = (await guest.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbänke" })).json
      .idea;
    expect((await guest.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" })).status).toBe(403);
    expect((await guest.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 1 })).status).toBe(409);
    expect((await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "cluster" })).status).toBe(
      200,
    );
    expect((await guest.call("POST", `/api/boards/${board.id}/ideas`, { title: "Zu spät" })).status).toBe(
      403,
    );
    expect((await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "party" })).status).toBe(400);
    expect((await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" })).status).toBe(200);
    const vote = await guest.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 2 });
    expect(vote.json).toEqual({ mine: 2, left: 1 });
    expect((await guest.call("GET", `/api/boards/${board.id}`)).json.ideas[0].votes).toBeUndefined();
    expect((await maria.call("POST", `/api/boards/${board.id}/reveal`)).status).toBe(200);
    expect((await guest.call("GET", `/api/boards/${board.id}`)).json.ideas[0].votes).toBe(2);
  });

  it("holds the dot budget under 50 concurrent requests from one participant", async () => {
    const { app, board, maria, started } = await workshop({ dots: 5 });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push(
        (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: `Idee Nummer ${i}` })).json.idea
          .id,
      );
    }
    await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" });
    const { p: guest } = await join(app, started.json.code);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        guest.call("PUT", `/api/ideas/${ids[i % 10]}/vote`, { dots: 1 + (i % 2) }),
      ),
    );
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const spent = current?.services.sqlite.prepare("select coalesce(sum(dots), 0) as n from votes").get() as {
      n: number;
    };
    expect(spent.n).toBeLessThanOrEqual(5);
    expect(spent.n).toBeGreaterThan(0);
  });

  it("applies a queued vote sent twice exactly once", async () => {
    const { app, board, maria, started, services } = await workshop();
    const idea = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbänke" })).json
      .idea;
    await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" });
    const { p: guest } = await join(app, started.json.code);
    const [a, b] = await Promise.all([
      guest.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 2 }),
      guest.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 2 }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(services.sqlite.prepare("select vote_count from ideas where id = ?").get(idea.id)).toEqual({
      vote_count: 2,
    });
  });
});

describe("offline posting", () => {
  it("creates an idea once however often the same Idempotency-Key is sent", async () => {
    const { app, board, started, services } = await workshop();
    const { p: guest } = await join(app, started.json.code);
    const send = () =>
      app.request(`/api/boards/${board.id}/ideas`, {
        method: "POST",
        headers: {
          origin: TEST_ORIGIN,
          cookie: guest.cookie,
          "content-type": "application/json",
          "idempotency-key": "offline-0001",
        },
        body: JSON.stringify({ title: "Im Funkloch geschrieben" }),
      });
    const answers = await Promise.all([send(), send(), send()]);
    const ids = await Promise.all(answers.map(async (r) => (await r.json()).idea.id));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(ids).size).toBe(1);
    expect(services.sqlite.prepare("select count(*) as n from ideas").get()).toEqual({ n: 1 });
    const bad = await app.request(`/api/boards/${board.id}/ideas`, {
      method: "POST",
      headers: {
        origin: TEST_ORIGIN,
        cookie: guest.cookie,
        "content-type": "application/json",
        "idempotency-key": "x",
      },
      body: JSON.stringify({ title: "Falscher Schlüssel" }),
    });
    expect(bad.status).toBe(400);
  });
});

describe("facilitation", () => {
  it("runs the timer, spotlight, tables and settings; writes the minutes", async () => {
    const { app, board, maria, started } = await workshop();
    const timer = await maria.call("POST", `/api/boards/${board.id}/timer`, {
      action: "start",
      seconds: 300,
    });
    expect(timer.json.timer.endsAt - timer.json.now).toBe(300_000);
    const paused = await maria.call("POST", `/api/boards/${board.id}/timer`, { action: "pause" });
    expect(paused.json.timer.endsAt).toBeNull();
    const table = await maria.call("POST", `/api/boards/${board.id}/tables`, { title: "Verkehr" });
    expect(table.status).toBe(201);
    const resumed = await maria.call("POST", `/api/boards/${board.id}/timer`, { action: "resume" });
    const atTableTimer = (await maria.call("GET", `/api/boards/${table.json.table.id}`)).json.board.timer;
    expect(atTableTimer.endsAt).toBe(resumed.json.timer.endsAt);
    const { p: guest } = await join(app, started.json.code, "Leyla");
    const atTable = await guest.call("POST", `/api/boards/${table.json.table.id}/ideas`, {
      title: "Zebrastreifen",
    });
    expect(atTable.status).toBe(201);
    const plenary = await guest.call("GET", `/api/boards/${board.id}/plenary`);
    expect(plenary.json.tables).toEqual([{ id: table.json.table.id, title: "Verkehr" }]);
    expect(plenary.json.ideas.map((i: { tableId: string }) => i.tableId)).toEqual([table.json.table.id]);
    const spot = await maria.call("POST", `/api/boards/${board.id}/spotlight`, {
      ideaId: atTable.json.idea.id,
    });
    expect(spot.status).toBe(200);
    expect((await maria.call("POST", `/api/boards/${board.id}/spotlight`, { ideaId: "nope" })).status).toBe(
      400,
    );
    expect(
      (await guest.call("PATCH", `/api/boards/${board.id}/workshop`, { participantCanvas: true })).status,
    ).toBe(403);
    expect(
      (await maria.call("PATCH", `/api/boards/${board.id}/workshop`, { participantCanvas: true })).status,
    ).toBe(200);
    const minutes = await app.request(`/api/boards/${board.id}/minutes.md`, {
      headers: { cookie: maria.cookie },
    });
    const text = await minutes.text();
    expect(minutes.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(text).toContain("# Protokoll: Bürgerabend");
    expect(text).toContain("- Zebrastreifen – 0 Punkte (Thementisch: Verkehr)");
    expect(text).toContain("- Zebrastreifen – 0 Punkte");
    expect((await guest.call("GET", `/api/boards/${board.id}/minutes.md`)).status).toBe(403);
    const qr = await app.request(`/api/boards/${board.id}/qr.svg`, { headers: { cookie: maria.cookie } });
    expect(qr.headers.get("content-type")).toBe("image/svg+xml");
    expect(await qr.text()).toMatch(/^<svg/);
  });

  it("removes guests' names after the retention period, keeping their ideas", async () => {
    const { app, board, maria, started, services } = await workshop();
    await maria.call("PATCH", `/api/boards/${board.id}/workshop`, { retentionDays: 2 });
    const { p: guest } = await join(app, started.json.code, "Leyla");
    const idea = (await guest.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bleibt stehen" })).json
      .idea;
    await maria.call("DELETE", `/api/boards/${board.id}/session`);
    expect(sweepGuestNames(services.commands, Date.now() + 86_400_000)).toBe(0);
    expect(sweepGuestNames(services.commands, Date.now() + 3 * 86_400_000)).toBe(1);
    const seen = (await maria.call("GET", `/api/ideas/${idea.id}`)).json.idea;
    expect(seen).toMatchObject({ title: "Bleibt stehen", authorName: "Gast" });
    expect(sweepGuestNames(services.commands, Date.now() + 9 * 86_400_000)).toBe(0);
  });
});

describe("reveal on an open dots board", () => {
  it("shows the tallies to everyone afterwards", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { voting: { kind: "dots", dots: 3 } });
    const maria = personAs(services, app, "manager").person;
    const anna = personAs(services, app, "resident").person;
    const idea = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbänke" })).json
      .idea;
    await anna.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 2 });
    expect((await anna.call("GET", `/api/ideas/${idea.id}`)).json.idea.votes).toBeUndefined();
    expect((await anna.call("POST", `/api/boards/${board.id}/reveal`)).status).toBe(403);
    expect((await maria.call("POST", `/api/boards/${board.id}/reveal`)).status).toBe(200);
    expect((await anna.call("GET", `/api/ideas/${idea.id}`)).json.idea.votes).toBe(2);
  });
});
