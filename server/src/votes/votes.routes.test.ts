import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
function setup() {
  current = testApp();
  return current;
}
afterEach(() => current?.dispose());

async function boardWithIdea(overrides = {}) {
  const { app, services } = setup();
  const board = seedBoard(services, overrides);
  const author = Person.of(app);
  await author.register("Anna");
  const idea = (await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
    .idea;
  return { app, services, board, idea, author };
}

describe("PUT and DELETE /api/ideas/:id/vote (up-votes)", () => {
  it("counts one vote per person, toggled, idempotent", async () => {
    const { app, idea } = await boardWithIdea();
    const ben = Person.of(app);
    await ben.register("Ben");
    const cara = Person.of(app);
    await cara.register("Cara");
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`)).json).toEqual({ votes: 1, mine: 1 });
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`)).json).toEqual({ votes: 1, mine: 1 });
    expect((await cara.call("PUT", `/api/ideas/${idea.id}/vote`)).json).toEqual({ votes: 2, mine: 1 });
    expect((await ben.call("DELETE", `/api/ideas/${idea.id}/vote`)).json).toEqual({ votes: 1, mine: 0 });
    expect((await ben.call("DELETE", `/api/ideas/${idea.id}/vote`)).json).toEqual({ votes: 1, mine: 0 });
    const seen = await cara.call("GET", `/api/ideas/${idea.id}`);
    expect(seen.json.idea).toMatchObject({ votes: 1, mine: 1 });
  });

  it("keeps exact tallies under concurrent voting", async () => {
    const { app, services, idea } = await boardWithIdea();
    const people = await Promise.all(
      Array.from({ length: 30 }, async (_, i) => {
        const p = Person.of(app);
        await p.register(`P${i}`);
        return p;
      }),
    );
    await Promise.all(
      people.flatMap((p) => [
        p.call("PUT", `/api/ideas/${idea.id}/vote`),
        p.call("PUT", `/api/ideas/${idea.id}/vote`),
      ]),
    );
    await Promise.all(people.slice(0, 10).map((p) => p.call("DELETE", `/api/ideas/${idea.id}/vote`)));
    const row = services.sqlite.prepare("select vote_count from ideas where id = ?").get(idea.id);
    const votes = services.sqlite.prepare("select count(*) as n from votes where idea_id = ?").get(idea.id);
    expect(row).toEqual({ vote_count: 20 });
    expect(votes).toEqual({ n: 20 });
  });

  it("answers 401 anonymous, 404 unknown or invisible, 400 with a body, 403 blocked", async () => {
    const { app, services, idea } = await boardWithIdea();
    expect((await Person.of(app).call("PUT", `/api/ideas/${idea.id}/vote`)).status).toBe(401);
    const ben = Person.of(app);
    const benUser = await ben.register("Ben");
    expect((await ben.call("PUT", "/api/ideas/doesnotexist0000/vote")).status).toBe(404);
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 3 })).status).toBe(400);
    services.sqlite.prepare("update users set blocked_at = ? where id = ?").run(Date.now(), benUser.id);
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`)).status).toBe(403);
    expect(services.sqlite.prepare("select count(*) as n from votes").get()).toEqual({ n: 0 });
  });

  it("does not take votes on a pending idea (404 to others)", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { moderation: "pre" });
    const anna = Person.of(app);
    await anna.register("Anna");
    const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
      .idea;
    const ben = Person.of(app);
    await ben.register("Ben");
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`)).status).toBe(404);
    expect((await anna.call("PUT", `/api/ideas/${idea.id}/vote`)).status).toBe(403);
  });
});

describe("dot votes on an open dots board", () => {
  it("sets dots per idea within the budget; 409 past it; tallies hidden from residents until revealed", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { voting: { kind: "dots", dots: 3 } });
    const maria = await signedInManager(services, Person.of(app));
    const a = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Idee A" })).json.idea;
    const b = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Idee B" })).json.idea;
    const ben = Person.of(app);
    await ben.register("Ben");
    expect((await ben.call("PUT", `/api/ideas/${a.id}/vote`)).status).toBe(400);
    expect((await ben.call("PUT", `/api/ideas/${a.id}/vote`, { dots: 2 })).json).toEqual({
      mine: 2,
      left: 1,
    });
    const over = await ben.call("PUT", `/api/ideas/${b.id}/vote`, { dots: 2 });
    expect(over.status).toBe(409);
    expect(over.json.error.code).toBe("conflict");
    expect((await ben.call("PUT", `/api/ideas/${b.id}/vote`, { dots: 1 })).status).toBe(200);
    expect((await ben.call("PUT", `/api/ideas/${a.id}/vote`, { dots: 1 })).status).toBe(200);
    const view = await ben.call("GET", `/api/boards/${board.id}`);
    for (const idea of view.json.ideas) expect(idea.votes).toBeUndefined();
    const managerView = await maria.call("GET", `/api/boards/${board.id}`);
    const tallies = Object.fromEntries(
      managerView.json.ideas.map((i: { title: string; votes: number }) => [i.title, i.votes]),
    );
    expect(tallies).toEqual({ "Idee A": 1, "Idee B": 1 });
  });

  it("holds the budget under concurrent requests from one person", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { voting: { kind: "dots", dots: 5 } });
    const maria = await signedInManager(services, Person.of(app));
    const ideas = [];
    for (let i = 0; i < 10; i++) {
      ideas.push(
        (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: `Idee ${i}` })).json.idea,
      );
    }
    const ben = Person.of(app);
    await ben.register("Ben");
    const results = await Promise.all(
      ideas.map((idea) => ben.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 1 })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(5);
    expect(results.filter((r) => r.status === 409)).toHaveLength(5);
    expect(services.sqlite.prepare("select sum(dots) as n from votes").get()).toEqual({ n: 5 });
  });
});

describe("dot votes on a workshop board", () => {
  it("are refused with 409 outside the vote phase", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { mode: "workshop", visibility: "public" });
    const maria = await signedInManager(services, Person.of(app));
    const idea = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Idee A" })).json.idea;
    const ben = Person.of(app);
    await ben.register("Ben");
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 1 })).status).toBe(409);
    services.sqlite.prepare("update boards set phase = 'vote' where id = ?").run(board.id);
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: 1 })).status).toBe(200);
  });
});
