import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("GET /api/me/ideas", () => {
  it("lists one's own and co-written posts with status and answer, and no one else's", async () => {
    current = testApp();
    const { app, services } = current;
    const open = seedBoard(services, { title: "Grün im Viertel" });
    const checked = seedBoard(services, { title: "Verkehr", moderation: "pre" });
    const anna = personAs(services, app, "resident", { name: "Anna" });
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const cara = personAs(services, app, "resident", { name: "Cara" });
    const maria = await signedInManager(services, Person.of(app), "Maria");

    const own = (await anna.person.call("POST", `/api/boards/${open.id}/ideas`, { title: "Blühwiese" })).json
      .idea;
    const pending = (
      await anna.person.call("POST", `/api/boards/${checked.id}/ideas`, { title: "Zebrastreifen" })
    ).json.idea;
    const bens = (await ben.person.call("POST", `/api/boards/${open.id}/ideas`, { title: "Bücherschrank" }))
      .json.idea;
    const caras = (await cara.person.call("POST", `/api/boards/${open.id}/ideas`, { title: "Grillplatz" }))
      .json.idea;
    expect((await ben.person.call("PUT", `/api/ideas/${bens.id}/coauthors/${anna.id}`)).status).toBe(204);
    expect(
      (
        await maria.call("POST", `/api/ideas/${own.id}/status`, {
          status: "accepted",
          reason: "Machen wir im Frühjahr.",
        })
      ).status,
    ).toBe(200);

    const res = await anna.person.call("GET", "/api/me/ideas");
    expect(res.status).toBe(200);
    const byId = new Map(res.json.ideas.map((e: { idea: { id: string } }) => [e.idea.id, e]));
    expect([...byId.keys()].sort()).toEqual([own.id, pending.id, bens.id].sort());
    expect(byId.has(caras.id)).toBe(false);
    expect(byId.get(own.id)).toMatchObject({
      role: "author",
      boardTitle: "Grün im Viertel",
      idea: { status: "accepted", statusReason: "Machen wir im Frühjahr." },
      latestAnswer: { status: "accepted", reason: "Machen wir im Frühjahr." },
    });
    expect(byId.get(pending.id)).toMatchObject({ role: "author", idea: { moderation: "pending" } });
    expect(byId.get(pending.id)).not.toHaveProperty("latestAnswer");
    expect(byId.get(bens.id)).toMatchObject({
      role: "coauthor",
      idea: { authorName: "Ben", coauthorNames: ["Anna"] },
    });
    // Newest first.
    expect(res.json.ideas[0].idea.id).toBe(bens.id);

    // Cara sees only hers; Anna's pending post is hers alone (and the office's).
    const caraList = (await cara.person.call("GET", "/api/me/ideas")).json.ideas;
    expect(caraList.map((e: { idea: { id: string } }) => e.idea.id)).toEqual([caras.id]);
    expect((await Person.of(app).call("GET", "/api/me/ideas")).status).toBe(401);
  });

  it("drops a post from the list of a co-author who was taken off it", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = personAs(services, app, "resident", { name: "Anna" });
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const idea = (await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Hofflohmarkt" }))
      .json.idea;
    await anna.person.call("PUT", `/api/ideas/${idea.id}/coauthors/${ben.id}`);
    expect((await ben.person.call("GET", "/api/me/ideas")).json.ideas).toHaveLength(1);
    await anna.person.call("DELETE", `/api/ideas/${idea.id}/coauthors/${ben.id}`);
    expect((await ben.person.call("GET", "/api/me/ideas")).json.ideas).toHaveLength(0);
  });
});
