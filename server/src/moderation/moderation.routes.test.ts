import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

type Who = "anonymous" | "guest" | "resident" | "author" | "blocked" | "manager";
const everyone: Who[] = ["anonymous", "guest", "resident", "author", "blocked", "manager"];

async function world() {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services, { categories: ["Grün"] });
  const workshop = seedBoard(services, { mode: "workshop" });
  const people: Record<Who, Person> = {
    anonymous: Person.of(app),
    guest: personAs(services, app, "guest", { guestBoardId: workshop.id }).person,
    resident: personAs(services, app, "resident").person,
    author: personAs(services, app, "resident", { name: "Anna Autorin" }).person,
    blocked: personAs(services, app, "blocked").person,
    manager: personAs(services, app, "manager").person,
  };
  const post = async (title: string) =>
    (await people.author.call("POST", `/api/boards/${board.id}/ideas`, { title })).json.idea;
  return { app, services, board, people, post };
}

/** A fingerprint of everything moderation may change, to prove a refusal changed nothing. */
function snapshot(services: ReturnType<typeof testApp>["services"]) {
  const q = (sql: string) => services.sqlite.prepare(sql).all();
  return JSON.stringify([
    q(
      "select id, status, status_reason, pending, hidden_at, merged_into, project_id, title, comments_locked from ideas order by id",
    ),
    q("select * from votes order by idea_id, user_id"),
    q("select count(*) from reports"),
    q("select id, blocked_at from users order by id"),
    q("select count(*) from audit_log"),
    q("select count(*) from projects"),
  ]);
}

const expected: Record<Who, number> = {
  anonymous: 401,
  guest: 403, // a guest may read the open board but acts only inside their workshop
  resident: 403,
  author: 403,
  blocked: 403,
  manager: 200,
};

describe("authorization matrix of the moderation routes", () => {
  const routes: {
    name: string;
    call: (p: Person, ids: { idea: string; other: string }) => Promise<{ status: number }>;
  }[] = [
    {
      name: "status",
      call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/status`, { status: "reviewing" }),
    },
    { name: "hide", call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/hide`, { reason: "Beleidigend" }) },
    { name: "restore", call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/restore`) },
    { name: "approve", call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/approve`) },
    { name: "edit", call: (p, i) => p.call("PATCH", `/api/ideas/${i.idea}`, { commentsLocked: true }) },
    { name: "merge", call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/merge`, { into: i.other }) },
    { name: "promote", call: (p, i) => p.call("POST", `/api/ideas/${i.idea}/promote`) },
  ];

  for (const route of routes) {
    it(`${route.name}: ${everyone.map((w) => `${w} ${expected[w]}`).join(", ")}; nothing changes on refusal`, async () => {
      const { services, people, post } = await world();
      const idea = (await post("Bücherschrank am Platz")).id;
      const other = (await post("Offener Bücherschrank")).id;
      for (const who of everyone) {
        const before = snapshot(services);
        const res = await route.call(people[who], { idea, other });
        const want = who === "manager" && route.name === "promote" ? 201 : expected[who];
        expect(res.status, `${route.name} as ${who}`).toBe(want);
        if (who !== "manager")
          expect(snapshot(services), `${route.name} as ${who} changed data`).toBe(before);
      }
    });
  }

  it("unmerge, queue, audit, people, block and outbox are the manager's", async () => {
    const { services, people, post } = await world();
    const idea = (await post("Bücherschrank am Platz")).id;
    const target = personAs(services, current?.app as never, "resident").id;
    for (const who of everyone) {
      const before = snapshot(services);
      const statuses = [
        (await people[who].call("GET", "/api/moderation/queue")).status,
        (await people[who].call("GET", "/api/audit")).status,
        (await people[who].call("GET", "/api/moderation/people")).status,
        (await people[who].call("GET", "/api/moderation/outbox")).status,
        (await people[who].call("POST", `/api/people/${target}/block`, {})).status,
      ];
      const unmerge = (await people[who].call("POST", `/api/ideas/${idea}/unmerge`)).status;
      if (who === "manager") {
        expect(statuses).toEqual([200, 200, 200, 200, 200]);
        expect(unmerge).toBe(409);
      } else {
        const want = who === "anonymous" ? 401 : 403;
        expect(statuses, who).toEqual([want, want, want, want, want]);
        expect(unmerge, who).toBe(expected[who]);
        expect(snapshot(services)).toBe(before);
      }
    }
  });

  it("lets signed-in people who see an idea report it, once per person", async () => {
    const { services, people, post } = await world();
    const idea = (await post("Bücherschrank am Platz")).id;
    const results: Record<string, number> = {};
    for (const who of everyone) {
      results[who] = (await people[who].call("POST", `/api/ideas/${idea}/report`, { reason: "Spam" })).status;
    }
    expect(results).toEqual({
      anonymous: 401,
      guest: 403,
      resident: 201,
      author: 201,
      blocked: 403,
      manager: 201,
    });
    expect(
      (await people.resident.call("POST", `/api/ideas/${idea}/report`, { reason: "Nochmal" })).status,
    ).toBe(201);
    const queue = (await people.manager.call("GET", "/api/moderation/queue")).json;
    expect(queue.reports).toEqual([
      {
        target: `idea:${idea}`,
        ideaId: idea,
        count: 3,
        reasons: ["Spam", "Spam", "Spam"],
        reported: {
          ideaTitle: "Bücherschrank am Platz",
          excerpt: "",
          authorName: "Anna Autorin",
          hidden: false,
        },
      },
    ]);
    expect((await people.resident.call("POST", `/api/ideas/${idea}/report`, { reason: "" })).status).toBe(
      400,
    );
    expect((await people.resident.call("POST", `/api/moderation/reports/idea:${idea}/dismiss`)).status).toBe(
      403,
    );
    expect((await people.manager.call("POST", `/api/moderation/reports/idea:${idea}/dismiss`)).status).toBe(
      200,
    );
    expect((await people.manager.call("GET", "/api/moderation/queue")).json.reports).toEqual([]);
    const log = services.sqlite
      .prepare("select action, target from audit_log where action = 'report.dismiss'")
      .all();
    expect(log).toEqual([{ action: "report.dismiss", target: `idea:${idea}` }]);
  });
});

describe("statuses with reasons", () => {
  it("needs a reason to decline and an office to forward; keeps a dated public history", async () => {
    const { people, post } = await world();
    const idea = (await post("Tempo 30 vor der Schule")).id;
    const m = people.manager;
    const bad = await m.call("POST", `/api/ideas/${idea}/status`, { status: "declined" });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues[0].path).toEqual(["reason"]);
    expect((await m.call("POST", `/api/ideas/${idea}/status`, { status: "forwarded" })).status).toBe(400);
    expect((await m.call("POST", `/api/ideas/${idea}/status`, { status: "reviewing" })).status).toBe(200);
    const fwd = await m.call("POST", `/api/ideas/${idea}/status`, {
      status: "forwarded",
      reason: "Verkehr ist Sache der Stadt.",
      contact: { office: "Ordnungsamt Leimen", email: "ordnungsamt@example.org" },
    });
    expect(fwd.status).toBe(200);
    const seen = (await Person.of(current?.app as never).call("GET", `/api/ideas/${idea}`)).json.idea;
    expect(seen).toMatchObject({
      status: "forwarded",
      statusReason: "Verkehr ist Sache der Stadt.",
      statusContact: { office: "Ordnungsamt Leimen", email: "ordnungsamt@example.org" },
    });
    expect(seen.statusHistory.map((h: { status: string }) => h.status)).toEqual([
      "new",
      "reviewing",
      "forwarded",
    ]);
    const audit = (await m.call("GET", "/api/audit?action=idea.status")).json.entries;
    expect(audit[0]).toMatchObject({
      action: "idea.status",
      target: `idea:${idea}`,
      before: { status: "reviewing" },
    });
  });
});
