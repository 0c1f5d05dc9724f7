import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

/** A running workshop with 5 dots and two topic tables, an idea at each, in the vote phase. */
async function twoTables() {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services, {
    title: "Bürgerabend",
    mode: "workshop",
    voting: { kind: "dots", dots: 5 },
  });
  const maria = personAs(services, app, "manager", { name: "Maria" }).person;
  const started = await maria.call("POST", `/api/boards/${board.id}/session`);
  const tableIds: string[] = [];
  for (const title of ["Verkehr", "Grünflächen"]) {
    tableIds.push((await maria.call("POST", `/api/boards/${board.id}/tables`, { title })).json.table.id);
  }
  const ideaAt = async (boardId: string, title: string) =>
    (await maria.call("POST", `/api/boards/${boardId}/ideas`, { title })).json.idea.id as string;
  const plenaryIdea = await ideaAt(board.id, "Mehr Bänke");
  const first = await ideaAt(tableIds[0] ?? "", "Tempo 30");
  const second = await ideaAt(tableIds[1] ?? "", "Baumpatenschaften");
  expect((await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" })).status).toBe(200);
  const guest = Person.of(app);
  expect((await guest.call("POST", "/api/join", { code: started.json.code, name: "Leyla" })).status).toBe(
    200,
  );
  return { app, services, board, tableIds, plenaryIdea, first, second, guest, maria };
}

describe("one dots budget per workshop, its tables included", () => {
  it("refuses a dot at a second table once the budget is spent at the first, with a clear 409", async () => {
    const { services, first, second, guest } = await twoTables();
    const spent = await guest.call("PUT", `/api/ideas/${first}/vote`, { dots: 5 });
    expect(spent.status).toBe(200);
    expect(spent.json).toEqual({ mine: 5, left: 0 });
    const more = await guest.call("PUT", `/api/ideas/${second}/vote`, { dots: 1 });
    expect(more.status).toBe(409);
    expect(more.json.error.code).toBe("conflict");
    expect(more.json.error.message).toBe(
      "Deine 5 Punkte gelten für den ganzen Workshop; 5 davon hast du schon vergeben.",
    );
    expect(services.sqlite.prepare("select coalesce(sum(dots), 0) as n from votes").get()).toEqual({ n: 5 });
  });

  it("counts the plenary and every table together and says what is left in each answer", async () => {
    const { plenaryIdea, first, second, guest } = await twoTables();
    expect((await guest.call("PUT", `/api/ideas/${plenaryIdea}/vote`, { dots: 1 })).json).toEqual({
      mine: 1,
      left: 4,
    });
    expect((await guest.call("PUT", `/api/ideas/${first}/vote`, { dots: 2 })).json).toEqual({
      mine: 2,
      left: 2,
    });
    expect((await guest.call("PUT", `/api/ideas/${second}/vote`, { dots: 3 })).status).toBe(409);
    expect((await guest.call("PUT", `/api/ideas/${second}/vote`, { dots: 2 })).json).toEqual({
      mine: 2,
      left: 0,
    });
    // Taking dots back at one table frees them at another.
    expect((await guest.call("DELETE", `/api/ideas/${first}/vote`)).json).toEqual({ mine: 0, left: 2 });
    expect((await guest.call("PUT", `/api/ideas/${second}/vote`, { dots: 4 })).json).toEqual({
      mine: 4,
      left: 0,
    });
  });

  it("gives the budget and what is left across the workshop in every board answer", async () => {
    const { board, tableIds, first, guest } = await twoTables();
    await guest.call("PUT", `/api/ideas/${first}/vote`, { dots: 3 });
    for (const id of [board.id, ...tableIds]) {
      expect((await guest.call("GET", `/api/boards/${id}`)).json.dots).toEqual({ budget: 5, left: 2 });
    }
  });

  it("holds one budget under concurrent votes at two tables", async () => {
    const { services, first, second, guest } = await twoTables();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        guest.call("PUT", `/api/ideas/${i % 2 ? first : second}/vote`, { dots: 3 }),
      ),
    );
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect(results.some((r) => r.status === 409)).toBe(true);
    const spent = services.sqlite.prepare("select coalesce(sum(dots), 0) as n from votes").get() as {
      n: number;
    };
    expect(spent.n).toBe(3);
  });
});
