import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testServer } from "../testing/harness.ts";
import { bodyOf, localSmtp } from "../testing/smtp.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

describe("approving a checked post", () => {
  it("tells its author in the app and by mail, once", async () => {
    const smtp = await localSmtp();
    cleanups.push(() => smtp.close());
    const server = await testServer({ smtpUrl: smtp.url, mailFrom: "Quer <quer@example.org>" });
    cleanups.push(() => server.dispose());
    const app = { request: (path: string, init: RequestInit) => fetch(server.url + path, init) };
    const on = (role: "resident" | "manager", name: string) => {
      const made = personAs(server.services, app, role, { name });
      const person = Person.over(server);
      person.cookie = made.person.cookie;
      return { id: made.id, person };
    };
    const board = seedBoard(server.services, { moderation: "pre" });
    const anna = on("resident", "Anna");
    const other = on("resident", "Emil");
    const maria = on("manager", "Maria");
    await anna.person.call("PUT", "/api/me/notices", { emailNotices: "immediate" });
    const idea = (
      await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Tauschregal im Hof" })
    ).json.idea;
    expect(idea.moderation).toBe("pending");
    expect((await anna.person.call("GET", "/api/notifications")).json.notices).toHaveLength(0);

    expect((await maria.person.call("POST", `/api/ideas/${idea.id}/approve`)).status).toBe(200);
    const notices = (await anna.person.call("GET", "/api/notifications")).json;
    expect(notices.unread).toBe(1);
    expect(notices.notices[0]).toMatchObject({
      ideaId: idea.id,
      kind: "approved",
      title: "Tauschregal im Hof",
    });
    expect((await other.person.call("GET", "/api/notifications")).json.notices).toHaveLength(0);

    await server.services.mailer.kick();
    expect(smtp.mails).toHaveLength(1);
    const mail = smtp.mails[0]?.raw ?? "";
    expect(smtp.mails[0]?.to).toEqual([`${anna.id}@example.org`]);
    expect(bodyOf(mail)).toContain("„Tauschregal im Hof“ ist geprüft und jetzt für alle sichtbar.");

    // Approving what is already public tells no one again.
    expect((await maria.person.call("POST", `/api/ideas/${idea.id}/approve`)).status).toBe(200);
    expect((await anna.person.call("GET", "/api/notifications")).json.notices).toHaveLength(1);
  });
});
