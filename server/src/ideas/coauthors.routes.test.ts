import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../http/rate-limit.ts";
import { Person, seedBoard, signedInManager, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function setup() {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services);
  const anna = Person.of(app);
  await anna.register("Anna");
  const ben = Person.of(app);
  const benUser = await ben.register("Ben Becker");
  const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
    .idea;
  return { app, services, board, anna, ben, benUser, idea };
}

describe("co-authors", () => {
  it("lets the author add and remove a co-author found by name", async () => {
    const { anna, ben, benUser, idea } = await setup();
    // Ben takes part on the board first: only then is he found.
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/vote`)).status).toBeLessThan(300);
    const found = await anna.call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=beck`);
    expect(found.json.people).toEqual([{ id: benUser.id, name: "Ben Becker" }]);
    expect((await ben.call("GET", `/api/ideas/${idea.id}`)).json.canEdit).toBe(false);
    expect((await anna.call("PUT", `/api/ideas/${idea.id}/coauthors/${benUser.id}`)).status).toBe(204);
    expect((await anna.call("PUT", `/api/ideas/${idea.id}/coauthors/${benUser.id}`)).status).toBe(204);
    const seen = await ben.call("GET", `/api/ideas/${idea.id}`);
    expect(seen.json.canEdit).toBe(true);
    expect(seen.json.coauthors).toEqual([{ id: benUser.id, name: "Ben Becker" }]);
    expect((await anna.call("DELETE", `/api/ideas/${idea.id}/coauthors/${benUser.id}`)).status).toBe(204);
    expect((await ben.call("GET", `/api/ideas/${idea.id}`)).json.canEdit).toBe(false);
  });

  it("refuses others with 403, anonymous with 401, unknown people and ideas with 404", async () => {
    const { app, services, ben, benUser, idea, anna } = await setup();
    const cara = Person.of(app);
    const caraUser = await cara.register("Cara");
    expect((await ben.call("PUT", `/api/ideas/${idea.id}/coauthors/${caraUser.id}`)).status).toBe(403);
    expect((await Person.of(app).call("PUT", `/api/ideas/${idea.id}/coauthors/${caraUser.id}`)).status).toBe(
      401,
    );
    expect((await anna.call("PUT", `/api/ideas/${idea.id}/coauthors/nobody000000`)).status).toBe(404);
    expect((await anna.call("PUT", `/api/ideas/doesnotexist0000/coauthors/${benUser.id}`)).status).toBe(404);
    expect((await Person.of(app).call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=ben`)).status).toBe(
      401,
    );
    expect((await anna.call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=b`)).status).toBe(400);
    expect(services.sqlite.prepare("select count(*) as n from idea_coauthors").get()).toEqual({ n: 0 });
    const maria = await signedInManager(services, Person.of(app));
    expect((await maria.call("PUT", `/api/ideas/${idea.id}/coauthors/${caraUser.id}`)).status).toBe(204);
  });

  it("treats LIKE wildcards in a name search literally", async () => {
    const { anna, ben, idea } = await setup();
    await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Gern!" });
    expect(
      (await anna.call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=%25%25`)).json.people,
    ).toEqual([]);
  });

  it("lets every resident co-write on a board open for co-writing", async () => {
    const { app, services } = await setup();
    const board = seedBoard(services, { coWriting: "residents" });
    const anna = Person.of(app);
    await anna.register("Anna3");
    const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Gemeinsam" })).json.idea;
    const dora = Person.of(app);
    await dora.register("Dora");
    expect((await dora.call("GET", `/api/ideas/${idea.id}`)).json.canEdit).toBe(true);
    expect((await Person.of(app).call("GET", `/api/ideas/${idea.id}`)).json.canEdit).toBe(false);
  });
});

describe("GET /api/ideas/:id/coauthor-candidates", () => {
  it("finds those who took part on the idea's board and the managers, never anyone else", async () => {
    const { app, services, board, anna, ben, benUser, idea } = await setup();
    const other = seedBoard(services);
    const carl = Person.of(app);
    const carlUser = await carl.register("Bernd Kommentar");
    const dora = Person.of(app);
    await dora.register("Bernadette Fremd");
    const emil = Person.of(app);
    await emil.register("Bertram Andernorts");
    const maria = await signedInManager(services, Person.of(app));
    const mariaUser = (await maria.call("GET", "/api/me")).json.user as { id: string };
    services.sqlite.prepare("update users set name = 'Berit Büro' where id = ?").run(mariaUser.id);
    // Carl comments on another idea of the same board; Emil posts on another board only.
    const second = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Sitzbank" })).json
      .idea;
    expect((await carl.call("POST", `/api/ideas/${second.id}/comments`, { body: "Ja!" })).status).toBe(201);
    expect((await emil.call("POST", `/api/boards/${other.id}/ideas`, { title: "Woanders" })).status).toBe(
      201,
    );

    const search = async (q: string) => {
      const res = await anna.call(
        "GET",
        `/api/ideas/${idea.id}/coauthor-candidates?q=${encodeURIComponent(q)}`,
      );
      expect(res.status).toBe(200);
      return res.json.people as { id: string; name: string }[];
    };
    const found = await search("Be");
    expect(found.map((p) => p.name)).toEqual(["Berit Büro", "Bernd Kommentar"]);
    expect(found).toEqual([
      { id: mariaUser.id, name: "Berit Büro" },
      { id: carlUser.id, name: "Bernd Kommentar" },
    ]);
    // Ben has not taken part yet; once he votes he is found.
    expect(await search("Ben")).toEqual([]);
    await ben.call("PUT", `/api/ideas/${second.id}/vote`);
    expect(await search("Ben")).toEqual([{ id: benUser.id, name: "Ben Becker" }]);
    // No e-mail address in any answer.
    expect(JSON.stringify(await search("er"))).not.toContain("@");
  });

  it("is for those who may choose the co-authors: a resident who is not the author gets 403", async () => {
    const { app, services, ben, idea } = await setup();
    expect((await ben.call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=an`)).status).toBe(403);
    const maria = await signedInManager(services, Person.of(app));
    const asManager = await maria.call("GET", `/api/ideas/${idea.id}/coauthor-candidates?q=an`);
    expect(asManager.status).toBe(200);
    // The author is never offered as their own co-author.
    expect(asManager.json.people).toEqual([]);
    expect((await ben.call("GET", "/api/ideas/doesnotexist0000/coauthor-candidates?q=an")).status).toBe(404);
  });

  it("limits how often one person searches", async () => {
    const { services, anna, idea } = await setup();
    services.limits.searchesPerPerson = new RateLimiter(2, 60_000);
    const url = `/api/ideas/${idea.id}/coauthor-candidates?q=ab`;
    expect((await anna.call("GET", url)).status).toBe(200);
    expect((await anna.call("GET", url)).status).toBe(200);
    const refused = await anna.call("GET", url);
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe("rate_limited");
  });
});
