import { DAY_MS } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function world() {
  current = testApp();
  const { app, services } = current;
  const open = seedBoard(services, { title: "Ideen für unser Viertel" });
  const checked = seedBoard(services, {
    title: "Spielplatz",
    moderation: "pre",
  });
  const author = personAs(services, app, "resident", {
    name: "Anna Autorin",
  }).person;
  const manager = personAs(services, app, "manager").person;
  const post = async (boardId: string, title: string, daysAgo: number) => {
    const res = await author.call("POST", `/api/boards/${boardId}/ideas`, {
      title,
    });
    expect(res.status).toBe(201);
    const id = res.json.idea.id as string;
    // Posted `daysAgo` days ago (and an hour, so the age is not on the edge of a day).
    const at = Date.now() - daysAgo * DAY_MS - 3_600_000;
    services.sqlite.prepare("update ideas set created_at = ? where id = ?").run(at, id);
    services.sqlite.prepare("update status_history set at = ? where idea_id = ?").run(at, id);
    return id;
  };
  return { app, services, open, checked, author, manager, post };
}

describe("GET /api/moderation/waiting", () => {
  it("asks anonymous people to sign in and refuses residents", async () => {
    const { app, author } = await world();
    const anonymous = await Person.of(app).call("GET", "/api/moderation/waiting");
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe("unauthenticated");
    const resident = await author.call("GET", "/api/moderation/waiting");
    expect(resident.status).toBe(403);
    expect(resident.json.error.code).toBe("forbidden");
  });

  it("lists posts without a public answer, oldest first, with board and age", async () => {
    const { open, checked, manager, post } = await world();
    const young = await post(open.id, "Mehr Bänke", 2);
    const old = await post(open.id, "Licht im Park", 12);
    const pending = await post(checked.id, "Neue Schaukel", 5);
    const answered = await post(open.id, "Fahrradständer", 20);
    const reviewing = await post(open.id, "Hundewiese", 30);
    const hidden = await post(open.id, "Werbung", 40);
    expect(
      (
        await manager.call("POST", `/api/ideas/${answered}/status`, {
          status: "accepted",
        })
      ).status,
    ).toBe(200);
    // Reviewing without a word is no answer; a reason would be.
    expect(
      (
        await manager.call("POST", `/api/ideas/${reviewing}/status`, {
          status: "reviewing",
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await manager.call("POST", `/api/ideas/${hidden}/hide`, {
          reason: "Werbung",
        })
      ).status,
    ).toBe(200);

    const res = await manager.call("GET", "/api/moderation/waiting");
    expect(res.status).toBe(200);
    const waiting = res.json.waiting as {
      id: string;
      boardId: string;
      boardTitle: string;
      ageDays: number;
    }[];
    expect(waiting.map((w) => [w.id, w.ageDays])).toEqual([
      [reviewing, 30],
      [old, 12],
      [pending, 5],
      [young, 2],
    ]);
    const onChecked = waiting.find((w) => w.id === pending);
    expect(onChecked).toMatchObject({
      boardId: checked.id,
      boardTitle: "Spielplatz",
      moderation: "pending",
    });

    expect(
      (
        await manager.call("POST", `/api/ideas/${reviewing}/status`, {
          status: "reviewing",
          reason: "Wir fragen nach.",
        })
      ).status,
    ).toBe(200);
    const after = (await manager.call("GET", "/api/moderation/waiting")).json.waiting as { id: string }[];
    expect(after.map((w) => w.id)).toEqual([old, pending, young]);
  });
});
