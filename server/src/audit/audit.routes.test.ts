import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("GET /api/audit names what it is about", () => {
  it("names the actor, the idea, the comment, the board and the person", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { title: "Am Brunnen" });
    const workshop = seedBoard(services, { mode: "workshop", title: "Bürgerabend" });
    const manager = personAs(services, app, "manager", { name: "Maria Moderation" }).person;
    const anna = Person.of(app);
    const annaUser = await anna.register("Anna Anwohnerin");
    const idea = (await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank" })).json
      .idea;
    const comment = (
      await anna.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Ich baue gern mit." })
    ).json.comment;
    expect((await manager.call("POST", `/api/ideas/${idea.id}/status`, { status: "accepted" })).status).toBe(
      200,
    );
    expect(
      (await manager.call("POST", `/api/comments/${comment.id}/hide`, { reason: "Werbung" })).status,
    ).toBe(200);
    expect((await manager.call("POST", `/api/people/${annaUser.id}/block`, { reason: "Spam" })).status).toBe(
      200,
    );
    expect((await manager.call("POST", `/api/boards/${workshop.id}/session`, {})).status).toBe(201);

    const entries = (await manager.call("GET", "/api/audit")).json.entries as {
      action: string;
      actorName: string;
      target: string;
      about: { kind: string; id: string; name?: string; ideaId?: string; deleted?: boolean };
    }[];
    const of = (action: string) => entries.find((e) => e.action === action);
    expect(of("idea.status")).toMatchObject({
      actorName: "Maria Moderation",
      target: `idea:${idea.id}`,
      about: { kind: "idea", id: idea.id, name: "Bücherschrank" },
    });
    expect(of("comment.hide")?.about).toEqual({
      kind: "comment",
      id: comment.id,
      name: "Ich baue gern mit.",
      ideaId: idea.id,
    });
    expect(of("person.block")?.about).toEqual({ kind: "person", id: annaUser.id, name: "Anna Anwohnerin" });
    expect(of("workshop.start")?.about).toEqual({ kind: "board", id: workshop.id, name: "Bürgerabend" });

    // Filtering by a workshop action finds only it.
    const started = (await manager.call("GET", "/api/audit?action=workshop.start")).json.entries as {
      action: string;
    }[];
    expect(started.map((e) => e.action)).toEqual(["workshop.start"]);
  });

  it("never names a deleted person, as the one acted on or as the actor", async () => {
    current = testApp();
    const { app, services } = current;
    const manager = personAs(services, app, "manager", { name: "Maria Moderation" }).person;
    const other = Person.of(app);
    const otherUser = await other.register("Otto Obmann");
    const anna = Person.of(app);
    const annaUser = await anna.register("Anna Anwohnerin");
    // Otto is a manager who acts on Anna; then both delete their accounts.
    services.sqlite.prepare("update users set role = 'manager' where id = ?").run(otherUser.id);
    expect((await other.call("POST", `/api/people/${annaUser.id}/block`, { reason: "Spam" })).status).toBe(
      200,
    );
    expect((await other.call("POST", `/api/people/${annaUser.id}/unblock`)).status).toBe(200);
    expect((await anna.call("DELETE", "/api/me")).status).toBe(204);
    expect((await other.call("DELETE", "/api/me")).status).toBe(204);

    const answer = await manager.call("GET", "/api/audit");
    const text = JSON.stringify(answer.json);
    expect(text).not.toContain("Anna Anwohnerin");
    expect(text).not.toContain("Otto Obmann");
    const entries = answer.json.entries as { about: unknown; actorDeleted?: boolean }[];
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      expect(entry.about).toEqual({ kind: "person", id: annaUser.id, deleted: true });
      expect(entry.actorDeleted).toBe(true);
    }
  });
});
