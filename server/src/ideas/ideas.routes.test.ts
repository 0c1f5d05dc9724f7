import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
function setup() {
  current = testApp();
  return current;
}
afterEach(() => current?.dispose());

describe("POST /api/boards/:id/ideas", () => {
  it("creates an idea with the contract's fields", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { categories: ["Grün", "Verkehr"] });
    const anna = Person.of(app);
    await anna.register("Anna");
    const res = await anna.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "  Blühwiese am Spielplatz ",
      body: "Statt Rasen eine Wiese für Bienen.",
      kind: "idea",
      category: "grün",
    });
    expect(res.status).toBe(201);
    expect(res.json.idea).toMatchObject({
      boardId: board.id,
      title: "Blühwiese am Spielplatz",
      body: "Statt Rasen eine Wiese für Bienen.",
      kind: "idea",
      category: "Grün",
      status: "new",
      authorName: "Anna",
      comments: 0,
      votes: 0,
    });
    expect(Date.parse(res.json.idea.createdAt)).not.toBeNaN();
  });

  it("defaults kind to idea and accepts problems", async () => {
    const { app, services } = setup();
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna");
    const a = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank fehlt" });
    const b = await anna.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Laterne kaputt",
      kind: "problem",
    });
    expect([a.json.idea.kind, b.json.idea.kind]).toEqual(["idea", "problem"]);
  });

  it("answers 401, 404, 400 and 403 as the contract says, storing nothing", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { categories: ["Grün"] });
    const workshop = seedBoard(services, { mode: "workshop" });
    const count = () => (services.sqlite.prepare("select count(*) as n from ideas").get() as { n: number }).n;
    expect(
      (await Person.of(app).call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" })).status,
    ).toBe(401);
    const anna = Person.of(app);
    await anna.register("Anna");
    expect((await anna.call("POST", "/api/boards/doesnotexist0000/ideas", { title: "Bank" })).status).toBe(
      404,
    );
    expect((await anna.call("POST", `/api/boards/${workshop.id}/ideas`, { title: "Bank" })).status).toBe(404);
    const bad = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "x", kind: "wish" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(["kind", "title"]);
    const category = await anna.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Bank",
      category: "Kunst",
    });
    expect(category.status).toBe(400);
    expect(category.json.error.issues[0].path).toEqual(["category"]);
    const maria = await signedInManager(services, Person.of(app));
    await maria.call("PATCH", `/api/boards/${board.id}`, { postingOpen: false });
    expect((await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" })).status).toBe(403);
    expect(count()).toBe(0);
    expect((await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" })).status).toBe(201);
  });

  it("refuses a blocked resident with 403", async () => {
    const { app, services } = setup();
    const board = seedBoard(services);
    const anna = Person.of(app);
    const user = await anna.register("Anna");
    services.sqlite.prepare("update users set blocked_at = ? where id = ?").run(Date.now(), user.id);
    expect((await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" })).status).toBe(403);
  });
});

describe("GET /api/ideas/:id", () => {
  it("returns the idea with its status history; pending ones only to author and manager", async () => {
    const { app, services } = setup();
    const board = seedBoard(services, { moderation: "pre" });
    const anna = Person.of(app);
    await anna.register("Anna");
    const ben = Person.of(app);
    await ben.register("Ben");
    const maria = await signedInManager(services, Person.of(app));
    const id = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
      .idea.id;
    const own = await anna.call("GET", `/api/ideas/${id}`);
    expect(own.status).toBe(200);
    expect(own.json.idea).toMatchObject({ id, moderation: "pending", own: true });
    expect(own.json.idea.statusHistory).toEqual([{ status: "new", at: own.json.idea.createdAt }]);
    expect((await ben.call("GET", `/api/ideas/${id}`)).status).toBe(404);
    expect((await Person.of(app).call("GET", `/api/ideas/${id}`)).status).toBe(404);
    expect((await maria.call("GET", `/api/ideas/${id}`)).status).toBe(200);
    expect((await anna.call("GET", "/api/ideas/doesnotexist0000")).status).toBe(404);
  });
});

describe("write limits", () => {
  it("answers 429 when one person posts too fast, and stores nothing more", async () => {
    current = testApp({ writesPerMinute: 3 });
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna");
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: `Idee ${i}` })).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(services.sqlite.prepare("select count(*) as n from ideas").get()).toEqual({ n: 3 });
    const ben = Person.of(app);
    await ben.register("Ben");
    expect((await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Ben darf" })).status).toBe(201);
  });
});
