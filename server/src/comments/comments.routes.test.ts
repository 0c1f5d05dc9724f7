import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function setup(boardInput = {}) {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services, boardInput);
  const anna = Person.of(app);
  await anna.register("Anna");
  const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
    .idea;
  return { app, services, board, anna, idea };
}

describe("comments", () => {
  it("stores comments and one level of replies, and keeps the count on the idea", async () => {
    const { app, idea } = await setup();
    const ben = Person.of(app);
    await ben.register("Ben");
    const first = await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "  Super Idee! " });
    expect(first.status).toBe(201);
    expect(first.json.comment).toMatchObject({
      body: "Super Idee!",
      authorName: "Ben",
      parentId: null,
      own: true,
    });
    const reply = await Person.of(app).call("GET", `/api/ideas/${idea.id}/comments`);
    expect(reply.json.comments).toHaveLength(1);
    const answer = await ben.call("POST", `/api/ideas/${idea.id}/comments`, {
      body: "Ich helfe mit.",
      parentId: first.json.comment.id,
    });
    expect(answer.status).toBe(201);
    const nested = await ben.call("POST", `/api/ideas/${idea.id}/comments`, {
      body: "Zu tief",
      parentId: answer.json.comment.id,
    });
    expect(nested.status).toBe(400);
    expect(nested.json.error.issues[0].path).toEqual(["parentId"]);
    const list = (await Person.of(app).call("GET", `/api/ideas/${idea.id}/comments`)).json.comments;
    expect(list.map((c: { body: string; own?: boolean }) => [c.body, c.own])).toEqual([
      ["Super Idee!", undefined],
      ["Ich helfe mit.", undefined],
    ]);
    expect((await Person.of(app).call("GET", `/api/ideas/${idea.id}`)).json.idea.comments).toBe(2);
  });

  it("answers 401 anonymous, 404 unseen, 400 empty, 403 blocked — storing nothing", async () => {
    const { app, services, idea } = await setup();
    const count = () =>
      (services.sqlite.prepare("select count(*) as n from comments").get() as { n: number }).n;
    expect(
      (await Person.of(app).call("POST", `/api/ideas/${idea.id}/comments`, { body: "Hallo" })).status,
    ).toBe(401);
    const ben = Person.of(app);
    const benUser = await ben.register("Ben");
    expect((await ben.call("POST", "/api/ideas/doesnotexist0000/comments", { body: "Hallo" })).status).toBe(
      404,
    );
    expect((await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "   " })).status).toBe(400);
    expect(
      (await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Hallo", parentId: "nope" })).status,
    ).toBe(400);
    services.sqlite.prepare("update users set blocked_at = 1 where id = ?").run(benUser.id);
    expect((await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Hallo" })).status).toBe(403);
    expect(count()).toBe(0);
  });

  it("hides comments of pending ideas from others", async () => {
    const { app, services } = await setup();
    const board = seedBoard(services, { moderation: "pre" });
    const anna = Person.of(app);
    await anna.register("Anna2");
    const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Wartet noch" })).json
      .idea;
    expect((await anna.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Notiz" })).status).toBe(201);
    expect((await Person.of(app).call("GET", `/api/ideas/${idea.id}/comments`)).status).toBe(404);
  });
});
