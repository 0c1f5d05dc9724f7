import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function setup() {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services);
  const anna = Person.of(app);
  const annaUser = await anna.register("Anna");
  const maria = await signedInManager(services, Person.of(app));
  const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
    .idea;
  return { app, services, board, anna, annaUser, maria, idea };
}

describe("promoting an idea", () => {
  it("creates a project with the author on the team and marks the idea", async () => {
    const { anna, annaUser, maria, idea } = await setup();
    const res = await maria.call("POST", `/api/ideas/${idea.id}/promote`);
    expect(res.status).toBe(201);
    expect(res.json.project).toMatchObject({ ideaId: idea.id, title: "Bücherschrank", status: "planning" });
    expect(res.json.project.team).toEqual([{ id: annaUser.id, name: "Anna" }]);
    const seen = (await anna.call("GET", `/api/ideas/${idea.id}`)).json.idea;
    expect(seen).toMatchObject({ status: "project", projectId: res.json.project.id });
    expect((await maria.call("POST", `/api/ideas/${idea.id}/promote`)).status).toBe(409);
  });

  it("is the manager's: 401 anonymous, 403 resident, 404 unknown", async () => {
    const { app, anna, maria, idea, services } = await setup();
    expect((await Person.of(app).call("POST", `/api/ideas/${idea.id}/promote`)).status).toBe(401);
    expect((await anna.call("POST", `/api/ideas/${idea.id}/promote`)).status).toBe(403);
    expect((await maria.call("POST", "/api/ideas/doesnotexist0000/promote")).status).toBe(404);
    expect(services.sqlite.prepare("select count(*) as n from projects").get()).toEqual({ n: 0 });
  });
});

describe("a project", () => {
  it("takes residents on the team, lets the team post news and status, and the manager the budget", async () => {
    const { app, anna, maria, idea } = await setup();
    const project = (await maria.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    const ben = Person.of(app);
    const benUser = await ben.register("Ben");
    const before = await ben.call("GET", `/api/projects/${project.id}`);
    expect(before.json).toMatchObject({ canEdit: false, canJoin: true, canManage: false });
    const joined = await ben.call("POST", `/api/projects/${project.id}/team`);
    expect(joined.json.project.team.map((m: { id: string }) => m.id)).toContain(benUser.id);
    expect((await ben.call("GET", `/api/projects/${project.id}`)).json.canEdit).toBe(true);
    expect(
      (await ben.call("POST", `/api/projects/${project.id}/news`, { body: "Regal ist bestellt." })).status,
    ).toBe(201);
    expect((await ben.call("PATCH", `/api/projects/${project.id}`, { status: "running" })).status).toBe(200);
    expect((await ben.call("PATCH", `/api/projects/${project.id}`, { budgetGranted: 100 })).status).toBe(403);
    expect((await anna.call("PATCH", `/api/projects/${project.id}`, { status: "bogus" })).status).toBe(400);
    const cara = Person.of(app);
    await cara.register("Cara");
    expect((await cara.call("POST", `/api/projects/${project.id}/news`, { body: "Hallo" })).status).toBe(403);
    const left = await ben.call("DELETE", `/api/projects/${project.id}/team`);
    expect(left.json.project.member).toBe(false);
    const seen = (await Person.of(app).call("GET", `/api/projects/${project.id}`)).json.project;
    expect(seen.status).toBe("running");
    expect(seen.news.map((n: { body: string }) => n.body)).toEqual(["Regal ist bestellt."]);
  });

  it("books grants against the yearly fund the manager sets", async () => {
    const { app, anna, maria, idea, board } = await setup();
    const project = (await maria.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    const year = project.fundYear;
    expect((await anna.call("PUT", `/api/funds/${year}`, { amount: 500000 })).status).toBe(403);
    expect((await maria.call("PUT", `/api/funds/${year}`, { amount: 500000 })).json.fund).toEqual({
      year,
      amount: 500000,
      granted: 0,
      left: 500000,
    });
    const patched = await maria.call("PATCH", `/api/projects/${project.id}`, {
      budgetRequested: 30000,
      budgetGranted: 25050,
    });
    expect(patched.json.fund.left).toBe(474950);
    expect((await Person.of(app).call("GET", `/api/boards/${board.id}`)).json.fund.left).toBe(474950);
    expect((await maria.call("PUT", `/api/funds/${year}`, { amount: -5 })).status).toBe(400);
  });

  it("answers 404 for unknown projects and 401 to anonymous joiners", async () => {
    const { app, maria, idea } = await setup();
    const project = (await maria.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    expect((await Person.of(app).call("GET", "/api/projects/doesnotexist0000")).status).toBe(404);
    expect((await Person.of(app).call("POST", `/api/projects/${project.id}/team`)).status).toBe(401);
  });
});
