import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testServer } from "../testing/harness.ts";
import { bodyOf, localSmtp } from "../testing/smtp.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";
import { queueDigests } from "./digest.ts";

const clients = new Clients();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  clients.closeAll();
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function world() {
  const smtp = await localSmtp();
  cleanups.push(() => smtp.close());
  const server = await testServer({
    smtpUrl: smtp.url,
    mailFrom: "Quer <quer@example.org>",
  });
  cleanups.push(() => server.dispose());
  const as = (role: "resident" | "manager", name: string) => {
    const app = {
      request: (path: string, init: RequestInit) => fetch(server.url + path, init),
    };
    const made = personAs(server.services, app, role, { name });
    const person = Person.over(server);
    person.cookie = made.person.cookie;
    return { id: made.id, person };
  };
  return {
    smtp,
    server,
    services: server.services,
    as,
    board: seedBoard(server.services),
  };
}

describe("an idea becoming a project", () => {
  it("tells its author, co-authors and supporters in the app, and by mail those who chose it", async () => {
    const { smtp, server, services, as, board } = await world();
    const author = as("resident", "Anna");
    const coauthor = as("resident", "Ben");
    const voter = as("resident", "Cara");
    const dailyVoter = as("resident", "Dana");
    const bystander = as("resident", "Emil");
    const manager = as("manager", "Maria");
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Gemeinschaftsgarten",
      })
    ).json.idea;
    await author.person.call("PUT", `/api/ideas/${idea.id}/coauthors/${coauthor.id}`);
    for (const p of [voter, dailyVoter]) await p.person.call("PUT", `/api/ideas/${idea.id}/vote`);
    for (const p of [author, voter, bystander]) {
      expect(
        (
          await p.person.call("PUT", "/api/me/notices", {
            emailNotices: "immediate",
          })
        ).status,
      ).toBe(200);
    }
    await dailyVoter.person.call("PUT", "/api/me/notices", {
      emailNotices: "daily",
    });
    const inbox = clients.provider(server.url, `inbox:${voter.id}`, {
      cookie: voter.person.cookie,
    });
    await waitFor(() => inbox.provider.synced, "inbox synced");

    const promoted = await manager.person.call("POST", `/api/ideas/${idea.id}/promote`);
    expect(promoted.status).toBe(201);
    const projectId = promoted.json.project.id as string;

    const rows = services.sqlite
      .prepare("select user_id, kind from notifications order by user_id")
      .all() as { user_id: string; kind: string }[];
    expect(rows).toEqual(
      [author.id, coauthor.id, voter.id, dailyVoter.id]
        .sort()
        .map((id) => ({ user_id: id, kind: "project" })),
    );
    await waitFor(() => inbox.doc.getMap("inbox").get("unread") === 1, "unread count live in the inbox doc");
    const notices = (await coauthor.person.call("GET", "/api/notifications")).json;
    expect(notices.notices).toEqual([
      expect.objectContaining({
        kind: "project",
        ideaId: idea.id,
        projectId,
        title: "Gemeinschaftsgarten",
        status: "project",
        read: false,
      }),
    ]);

    // Mail at once only for those who chose it and are involved: Anna and Cara, not Emil.
    await waitFor(() => smtp.mails.length === 2, "two mails at the local SMTP server");
    expect(smtp.mails.flatMap((m) => m.to).sort()).toEqual(
      [`${author.id}@example.org`, `${voter.id}@example.org`].sort(),
    );
    const subjects = services.sqlite.prepare("select distinct subject from outbox").all();
    expect(subjects).toEqual([{ subject: "Gute Nachricht: „Gemeinschaftsgarten“ wird ein Projekt" }]);
    const body = bodyOf(smtp.mails[0]?.raw ?? "");
    expect(body).toContain("„Gemeinschaftsgarten“ wird ein Projekt!");
    expect(body).toContain(`Zum Projekt: ${server.url}/projects/${projectId}`);

    // Dana chose the daily digest: the news waits for it, then goes out once.
    expect(queueDigests(services.sqlite, services.db, server.url)).toBe(1);
    await services.mailer.kick();
    expect(smtp.mails).toHaveLength(3);
    expect(smtp.mails[2]?.to).toEqual([`${dailyVoter.id}@example.org`]);
    expect(bodyOf(smtp.mails[2]?.raw ?? "")).toContain(`${server.url}/projects/${projectId}`);
  });

  it("leaves the step in the idea's history, with the project it became", async () => {
    const { server, as, board } = await world();
    const author = as("resident", "Anna");
    const manager = as("manager", "Maria");
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Lastenrad",
      })
    ).json.idea;
    const projectId = (await manager.person.call("POST", `/api/ideas/${idea.id}/promote`)).json.project.id;
    const seen = (await Person.over(server).call("GET", `/api/ideas/${idea.id}`)).json.idea;
    expect(seen.statusHistory).toEqual([
      { status: "new", at: expect.any(String) },
      { status: "project", projectId, at: expect.any(String) },
    ]);
  });
});
