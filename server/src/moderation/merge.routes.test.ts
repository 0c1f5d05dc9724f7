import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("merging duplicates", () => {
  it("moves votes without counting a person twice, moves comments and co-authors, and undoes exactly", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = personAs(services, app, "resident", { name: "Anna" });
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const manager = personAs(services, app, "manager").person;
    const voters = Array.from({ length: 6 }, (_, i) =>
      personAs(services, app, "resident", { name: `V${i}` }),
    );
    const source = (
      await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })
    ).json.idea;
    const target = (
      await ben.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Offener Bücherschrank" })
    ).json.idea;
    // V0..V3 support the source, V2..V5 the target: V2 and V3 overlap.
    for (const v of voters.slice(0, 4)) await v.person.call("PUT", `/api/ideas/${source.id}/vote`);
    for (const v of voters.slice(2, 6)) await v.person.call("PUT", `/api/ideas/${target.id}/vote`);
    await voters[0]?.person.call("POST", `/api/ideas/${source.id}/comments`, { body: "Gute Idee" });
    const state = () =>
      JSON.stringify([
        services.sqlite
          .prepare("select id, vote_count, comment_count, merged_into from ideas order by id")
          .all(),
        services.sqlite
          .prepare("select idea_id, user_id, dots, created_at from votes order by idea_id, user_id")
          .all(),
        services.sqlite.prepare("select id, idea_id from comments order by id").all(),
        services.sqlite
          .prepare("select idea_id, user_id from idea_coauthors order by idea_id, user_id")
          .all(),
      ]);
    const before = state();

    const merged = await manager.call("POST", `/api/ideas/${source.id}/merge`, { into: target.id });
    expect(merged.status).toBe(200);
    expect(merged.json.into.votes).toBe(6);
    expect(merged.json.idea.mergedInto).toBe(target.id);
    const after = (await Person.of(app).call("GET", `/api/ideas/${target.id}`)).json.idea;
    expect(after).toMatchObject({ votes: 6, comments: 1 });
    const list = (await Person.of(app).call("GET", `/api/boards/${board.id}`)).json.ideas.map(
      (i: { id: string }) => i.id,
    );
    expect(list).toEqual([target.id]);
    expect((await anna.person.call("GET", `/api/ideas/${target.id}`)).json.canEdit).toBe(true);
    expect((await manager.call("POST", `/api/ideas/${source.id}/merge`, { into: target.id })).status).toBe(
      409,
    );
    expect((await manager.call("POST", `/api/ideas/${target.id}/merge`, { into: target.id })).status).toBe(
      400,
    );

    expect((await manager.call("POST", `/api/ideas/${source.id}/unmerge`)).status).toBe(200);
    expect(state()).toBe(before);
    expect((await manager.call("POST", `/api/ideas/${source.id}/unmerge`)).status).toBe(409);
  });
});
