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

type Running = Awaited<ReturnType<typeof testServer>>;

/** A person made in the database, speaking to the real server with its own Origin. */
function onServer(server: Running, role: "resident" | "manager", name: string) {
  const app = { request: (path: string, init: RequestInit) => fetch(server.url + path, init) };
  const made = personAs(server.services, app, role, { name });
  const person = Person.over(server);
  person.cookie = made.person.cookie;
  return { id: made.id, person };
}

async function world() {
  const smtp = await localSmtp();
  cleanups.push(() => smtp.close());
  const server = await testServer({ smtpUrl: smtp.url, mailFrom: "Quer <quer@example.org>" });
  cleanups.push(() => server.dispose());
  const as = (role: "resident" | "manager", name: string) => onServer(server, role, name);
  return { smtp, server, services: server.services, as, board: seedBoard(server.services) };
}

describe("closing the loop", () => {
  it("notifies exactly the author, co-authors, voters and commenters, live and by mail", async () => {
    const { smtp, server, services, as, board } = await world();
    const author = as("resident", "Anna");
    const coauthor = as("resident", "Ben");
    const voter = as("resident", "Cara");
    const commenter = as("resident", "Dana");
    const bystander = as("resident", "Emil");
    const manager = as("manager", "Maria");
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Trinkbrunnen am Markt" })
    ).json.idea;
    const other = (
      await bystander.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Andere Idee" })
    ).json.idea;
    await author.person.call("PUT", `/api/ideas/${idea.id}/coauthors/${coauthor.id}`);
    await voter.person.call("PUT", `/api/ideas/${idea.id}/vote`);
    await bystander.person.call("PUT", `/api/ideas/${other.id}/vote`);
    await commenter.person.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Ja bitte!" });
    await manager.person.call("POST", `/api/ideas/${idea.id}/comments`, { body: "Wir prüfen das." });
    for (const p of [author, voter]) {
      expect((await p.person.call("PUT", "/api/me/notices", { emailNotices: "immediate" })).status).toBe(200);
    }
    const inbox = clients.provider(server.url, `inbox:${voter.id}`, { cookie: voter.person.cookie });
    await waitFor(() => inbox.provider.synced, "inbox synced");
    expect(inbox.doc.getMap("inbox").get("unread")).toBe(0);

    const res = await manager.person.call("POST", `/api/ideas/${idea.id}/status`, {
      status: "declined",
      reason: "Leider nicht förderfähig.",
    });
    expect(res.status).toBe(200);

    const rows = services.sqlite.prepare("select user_id from notifications order by user_id").all() as {
      user_id: string;
    }[];
    expect(rows.map((r) => r.user_id)).toEqual([author.id, coauthor.id, voter.id, commenter.id].sort());
    await waitFor(() => inbox.doc.getMap("inbox").get("unread") === 1, "unread count live in the inbox doc");
    const notices = (await voter.person.call("GET", "/api/notifications")).json;
    expect(notices.unread).toBe(1);
    expect(notices.notices[0]).toMatchObject({
      ideaId: idea.id,
      status: "declined",
      reason: "Leider nicht förderfähig.",
    });

    await waitFor(() => smtp.mails.length === 2, "two mails at the local SMTP server");
    const recipients = smtp.mails.flatMap((m) => m.to).sort();
    expect(recipients).toEqual([`${author.id}@example.org`, `${voter.id}@example.org`].sort());
    // Long headers are folded onto continuation lines; unfold before matching.
    const mail = (smtp.mails[0]?.raw ?? "").replace(/\r\n[ \t]+/g, " ");
    expect(mail).toMatch(/List-Unsubscribe: <http:\/\/localhost:\d+\/api\/unsubscribe\/[a-z0-9]{32}>/);
    expect(mail).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(bodyOf(mail)).toContain("Begründung: Leider nicht förderfähig.");

    expect((await voter.person.call("POST", "/api/notifications/read", {})).status).toBe(200);
    await waitFor(() => inbox.doc.getMap("inbox").get("unread") === 0, "read notices leave the count");
    // Others cannot read someone's inbox.
    expect(
      await clients.upgradeStatus(server.url, `inbox:${voter.id}`, {
        origin: server.url,
        cookie: author.person.cookie,
      }),
    ).toBe(403);
  });

  it("groups several changes into one digest mail, once, and unsubscribes with one click", async () => {
    const { smtp, server, services, as, board } = await world();
    const anna = as("resident", "Anna");
    const manager = as("manager", "Maria");
    const a = (await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bänke am Weiher" }))
      .json.idea;
    const b = (
      await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Nachbarschaftsfest" })
    ).json.idea;
    await anna.person.call("PUT", "/api/me/notices", { emailNotices: "daily" });
    await manager.person.call("POST", `/api/ideas/${a.id}/status`, { status: "reviewing" });
    await manager.person.call("POST", `/api/ideas/${b.id}/status`, {
      status: "accepted",
      reason: "Machen wir im Juni.",
    });
    expect(smtp.mails).toHaveLength(0);
    expect(queueDigests(services.sqlite, services.db, server.url)).toBe(1);
    expect(queueDigests(services.sqlite, services.db, server.url)).toBe(0);
    await services.mailer.kick();
    expect(smtp.mails).toHaveLength(1);
    const body = bodyOf(smtp.mails[0]?.raw ?? "");
    expect(body).toContain("„Bänke am Weiher“ – neuer Stand: Wird geprüft");
    expect(body).toContain("„Nachbarschaftsfest“ – neuer Stand: Angenommen");
    const token = /unsubscribe\/([a-z0-9]{32})/.exec(body)?.[1];
    expect(token).toBeTruthy();
    // A mail program posts without Origin or cookie (RFC 8058).
    const res = await fetch(`${server.url}/api/unsubscribe/${token}`, { method: "POST" });
    expect(res.status).toBe(200);
    expect((await anna.person.call("GET", "/api/me/notices")).json.emailNotices).toBe("off");
    expect((await fetch(`${server.url}/api/unsubscribe/${"a".repeat(32)}`, { method: "POST" })).status).toBe(
      404,
    );
  });

  it("keeps mail in the outbox for the manager when no SMTP server is set", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const board = seedBoard(server.services);
    const anna = onServer(server, "resident", "Anna");
    const maria = onServer(server, "manager", "Maria");
    const idea = (await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Spielstraße" }))
      .json.idea;
    await anna.person.call("PUT", "/api/me/notices", { emailNotices: "immediate" });
    await maria.person.call("POST", `/api/ideas/${idea.id}/status`, { status: "done" });
    const outbox = (await maria.person.call("GET", "/api/moderation/outbox")).json;
    expect(outbox.smtp).toBe(false);
    expect(outbox.mails).toHaveLength(1);
    expect(outbox.mails[0]).toMatchObject({
      sentAt: null,
      subject: "Neuigkeiten zu „Spielstraße“: Umgesetzt",
    });
  });
});
