import { DAY_MS } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("GET /api/boards/:id answerTime", () => {
  it("shows the median days to the office's first answer once five answers make one", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const other = seedBoard(services, { title: "Anderes Board" });
    const author = personAs(services, app, "resident").person;
    const manager = personAs(services, app, "manager").person;
    const reader = Person.of(app);
    const answerTime = async (id = board.id) =>
      (await reader.call("GET", `/api/boards/${id}`)).json.answerTime;

    /** A post created `days` days before its answer, which comes now. */
    const answered = async (boardId: string, days: number) => {
      const id = (
        await author.call("POST", `/api/boards/${boardId}/ideas`, {
          title: `Idee ${days}`,
        })
      ).json.idea.id as string;
      services.sqlite
        .prepare("update ideas set created_at = ? where id = ?")
        .run(Date.now() - days * DAY_MS, id);
      expect(
        (
          await manager.call("POST", `/api/ideas/${id}/status`, {
            status: "accepted",
          })
        ).status,
      ).toBe(200);
    };

    expect(await answerTime()).toEqual({ medianDays: null, answers: 0 });
    for (const days of [1, 2, 3.5, 8]) await answered(board.id, days);
    // Answers on another board say nothing about this one.
    for (const days of [1, 1, 1]) await answered(other.id, days);
    // An unanswered post is not an answer.
    await author.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Noch offen",
    });
    expect(await answerTime()).toEqual({ medianDays: null, answers: 4 });

    await answered(board.id, 20);
    // 1, 2, 3.5, 8, 20: the median is 3.5 days, "within 4 days".
    expect(await answerTime()).toEqual({ medianDays: 4, answers: 5 });
  });
});
