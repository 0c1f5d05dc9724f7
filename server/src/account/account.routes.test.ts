import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("GET /api/me/export", () => {
  it("gives a person everything stored about them, without secrets", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    await anna.register("Anna");
    const idea = (
      await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank", body: "Im Park" })
    ).json.idea;
    await anna.call("PUT", `/api/ideas/${idea.id}/vote`);
    await anna.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Ich helfe mit" });
    const res = await anna.call("GET", "/api/me/export");
    expect(res.status).toBe(200);
    expect(res.json.account).toMatchObject({ name: "Anna", role: "resident" });
    expect(res.json.ideas).toHaveLength(1);
    expect(res.json.votes).toHaveLength(1);
    expect(res.json.comments[0].body).toBe("Ich helfe mit");
    expect(res.json.sessions).toHaveLength(1);
    const text = JSON.stringify(res.json);
    expect(text).not.toMatch(/argon2|password|secret/i);
    expect((await Person.of(app).call("GET", "/api/me/export")).status).toBe(401);
  });
});

describe("DELETE /api/me", () => {
  it("deletes the account, anonymises content, removes votes with their tallies, ends sessions", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = Person.of(app);
    const user = await anna.register("Anna");
    const ben = Person.of(app);
    await ben.register("Ben");
    const own = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
      .idea;
    const other = (await ben.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbank" })).json.idea;
    await anna.call("PUT", `/api/ideas/${other.id}/vote`);
    await ben.call("PUT", `/api/ideas/${other.id}/vote`);
    await anna.call("POST", `/api/ideas/${other.id}/comments`, { body: "Gern!" });
    const cookie = anna.cookie;

    expect((await anna.call("DELETE", "/api/me")).status).toBe(204);
    const me = await app.request("/api/me", { headers: { cookie } });
    expect((await me.json()).user).toBeNull();
    expect(services.sqlite.prepare("select count(*) as n from users where id = ?").get(user.id)).toEqual({
      n: 0,
    });
    const kept = (await ben.call("GET", `/api/ideas/${own.id}`)).json.idea;
    expect(kept.authorName).toBe("Anonym");
    const voted = (await ben.call("GET", `/api/ideas/${other.id}`)).json.idea;
    expect(voted.votes).toBe(1);
    const comments = (await ben.call("GET", `/api/ideas/${other.id}/comments`)).json.comments;
    expect(comments[0]).toMatchObject({ body: "Gern!", authorName: "Anonym" });
    expect((await Person.of(app).call("DELETE", "/api/me")).status).toBe(401);
  });
});
