import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
function setup() {
  current = testApp();
  return current;
}
afterEach(() => current?.dispose());

describe("POST /api/boards", () => {
  it("lets a manager create a board with the contract's options", async () => {
    const { app, services } = setup();
    const maria = await signedInManager(services, Person.of(app));
    const res = await maria.call("POST", "/api/boards", {
      title: "Bürgerabend",
      description: "Thementische im QUER",
      mode: "workshop",
      moderation: "pre",
      voting: { kind: "dots", dots: 3 },
    });
    expect(res.status).toBe(201);
    expect(res.json.board).toMatchObject({
      title: "Bürgerabend",
      mode: "workshop",
      moderation: "pre",
      voting: { kind: "dots", dots: 3 },
      visibility: "private",
      ideaCount: 0,
    });
    expect(res.json.board.id).toMatch(/^[a-z0-9]{24}$/);
  });

  it("answers 401 to anonymous, 403 to a resident, 400 to bad input — and creates nothing", async () => {
    const { app, services } = setup();
    const count = () =>
      (services.sqlite.prepare("select count(*) as n from boards").get() as { n: number }).n;
    expect((await Person.of(app).call("POST", "/api/boards", { title: "X" })).status).toBe(401);
    const anna = Person.of(app);
    await anna.register("Anna");
    const refused = await anna.call("POST", "/api/boards", { title: "X" });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    const maria = await signedInManager(services, Person.of(app));
    const bad = await maria.call("POST", "/api/boards", { title: "", voting: { kind: "dots", dots: 0 } });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual([
      "title",
      "voting",
    ]);
    expect(count()).toBe(0);
  });
});

describe("GET /api/boards and /api/boards/:id", () => {
  it("shows public boards to everyone and private ones to managers only", async () => {
    const { app, services } = setup();
    const open = seedBoard(services);
    const closed = seedBoard(services, { title: "Workshop", mode: "workshop" });
    const anonymous = Person.of(app);
    const anna = Person.of(app);
    await anna.register("Anna");
    const maria = await signedInManager(services, Person.of(app));
    for (const p of [anonymous, anna]) {
      const ids = (await p.call("GET", "/api/boards")).json.boards.map((b: { id: string }) => b.id);
      expect(ids).toEqual([open.id]);
      expect((await p.call("GET", `/api/boards/${closed.id}`)).status).toBe(404);
    }
    const all = (await maria.call("GET", "/api/boards")).json.boards.map((b: { id: string }) => b.id);
    expect(all.sort()).toEqual([open.id, closed.id].sort());
    expect((await maria.call("GET", `/api/boards/${closed.id}`)).status).toBe(200);
  });

  it("answers 404 for a board that does not exist", async () => {
    const { app } = setup();
    const res = await Person.of(app).call("GET", "/api/boards/doesnotexist0000");
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
  });

  it("lists visible ideas, plus a person's own pending ones; managers see all", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { moderation: "pre" });
    const anna = Person.of(app);
    await anna.register("Anna");
    const ben = Person.of(app);
    await ben.register("Ben");
    const maria = await signedInManager(services, Person.of(app));
    const posted = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" });
    expect(posted.json.idea.moderation).toBe("pending");
    await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sommerfest" });
    const titles = async (p: Person) =>
      (await p.call("GET", `/api/boards/${board.id}`)).json.ideas
        .map((i: { title: string }) => i.title)
        .sort();
    expect(await titles(anna)).toEqual(["Bücherschrank", "Sommerfest"]);
    expect(await titles(ben)).toEqual(["Sommerfest"]);
    expect(await titles(Person.of(app))).toEqual(["Sommerfest"]);
    expect(await titles(maria)).toEqual(["Bücherschrank", "Sommerfest"]);
    const list = (await ben.call("GET", "/api/boards")).json.boards;
    expect(list.find((b: { id: string }) => b.id === board.id).ideaCount).toBe(1);
  });
});

describe("PATCH /api/boards/:id", () => {
  it("lets the manager change settings; residents get 403, unknown boards 404, bad input 400", async () => {
    const { app, services } = setup();
    const board = seedBoard(services);
    const maria = await signedInManager(services, Person.of(app));
    const anna = Person.of(app);
    await anna.register("Anna");
    expect((await anna.call("PATCH", `/api/boards/${board.id}`, { postingOpen: false })).status).toBe(403);
    expect(
      (await Person.of(app).call("PATCH", `/api/boards/${board.id}`, { postingOpen: false })).status,
    ).toBe(401);
    expect((await maria.call("PATCH", "/api/boards/doesnotexist0000", { postingOpen: false })).status).toBe(
      404,
    );
    expect((await maria.call("PATCH", `/api/boards/${board.id}`, {})).status).toBe(400);
    expect((await maria.call("PATCH", `/api/boards/${board.id}`, { mode: "workshop" })).status).toBe(400);
    const ok = await maria.call("PATCH", `/api/boards/${board.id}`, {
      title: "Neuer Titel",
      postingOpen: false,
      categories: ["Grün"],
    });
    expect(ok.status).toBe(200);
    expect(ok.json.board).toMatchObject({ title: "Neuer Titel", postingOpen: false, categories: ["Grün"] });
    const posting = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Noch eine Idee" });
    expect(posting.status).toBe(403);
  });
});

describe("GET /api/boards/:id?first=N", () => {
  it("answers the N most-voted public ideas plus one's own pending ones, and the full count", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { moderation: "pre" });
    const maria = await signedInManager(services, Person.of(app));
    const anna = Person.of(app);
    await anna.register("Anna");
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(
        (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: `Idee Nummer ${i}` })).json.idea
          .id,
      );
    }
    await anna.call("PUT", `/api/ideas/${ids[3]}/vote`);
    await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Meine wartende Idee" });
    const res = await anna.call("GET", `/api/boards/${board.id}?first=2`);
    expect(res.json.board.ideaCount).toBe(5);
    const titles = res.json.ideas.map((i: { title: string }) => i.title);
    expect(titles).toHaveLength(3);
    expect(titles[0]).toBe("Idee Nummer 3");
    expect(titles).toContain("Meine wartende Idee");
    expect((await anna.call("GET", `/api/boards/${board.id}?first=0`)).status).toBe(400);
    expect((await anna.call("GET", `/api/boards/${board.id}?first=abc`)).status).toBe(400);
  });
});
