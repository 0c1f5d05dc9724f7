import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("the queue shows what was reported", () => {
  it("carries the idea's title, text and author, and the comment's text and author", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const manager = personAs(services, app, "manager").person;
    const anna = Person.of(app);
    await anna.register("Anna Autorin");
    const ben = Person.of(app);
    await ben.register("Ben Kommentar");
    const long = `Ein Schrank für Bücher am Platz. ${"Wer mag, stellt ein Buch hinein. ".repeat(20)}`;
    const idea = (
      await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank", body: long })
    ).json.idea;
    const comment = (await ben.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Kauft bei mir ein!" }))
      .json.comment;
    expect((await ben.call("POST", `/api/ideas/${idea.id}/report`, { reason: "Zu lang" })).status).toBe(201);
    expect(
      (await anna.call("POST", `/api/comments/${comment.id}/report`, { reason: "Werbung" })).status,
    ).toBe(201);
    const reports = (await manager.call("GET", "/api/moderation/queue")).json.reports as {
      target: string;
      reported: { ideaTitle: string; excerpt: string; authorName: string; hidden: boolean };
    }[];
    const onIdea = reports.find((r) => r.target === `idea:${idea.id}`);
    expect(onIdea?.reported).toMatchObject({
      ideaTitle: "Bücherschrank",
      authorName: "Anna Autorin",
      hidden: false,
    });
    expect(onIdea?.reported.excerpt.startsWith("Ein Schrank für Bücher am Platz.")).toBe(true);
    expect(onIdea?.reported.excerpt.length).toBeLessThan(long.length);
    expect(reports.find((r) => r.target === `comment:${comment.id}`)).toMatchObject({
      ideaId: idea.id,
      commentId: comment.id,
      count: 1,
      reasons: ["Werbung"],
      reported: {
        ideaTitle: "Bücherschrank",
        excerpt: "Kauft bei mir ein!",
        authorName: "Ben Kommentar",
        hidden: false,
      },
    });
  });
});
