import { afterEach, describe, expect, it } from "vitest";
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
    const found = await anna.call("GET", "/api/people?q=beck");
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
    expect((await Person.of(app).call("GET", "/api/people?q=ben")).status).toBe(401);
    expect((await anna.call("GET", "/api/people?q=b")).status).toBe(400);
    expect(services.sqlite.prepare("select count(*) as n from idea_coauthors").get()).toEqual({ n: 0 });
    const maria = await signedInManager(services, Person.of(app));
    expect((await maria.call("PUT", `/api/ideas/${idea.id}/coauthors/${caraUser.id}`)).status).toBe(204);
  });

  it("treats LIKE wildcards in a name search literally", async () => {
    const { anna } = await setup();
    expect((await anna.call("GET", "/api/people?q=%25%25")).json.people).toEqual([]);
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
