import { users } from "@quer/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testServer } from "../testing/harness.ts";
import { bodyOf, localSmtp } from "../testing/smtp.ts";
import { waitFor } from "../testing/sync-clients.ts";
import { queueDigests } from "./digest.ts";
import { mailDate } from "./mail-text.ts";
import { noticesDe } from "./messages.de.ts";
import { noticesEn } from "./messages.en.ts";
import { noticesTr } from "./messages.tr.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

type Running = Awaited<ReturnType<typeof testServer>>;

/** A person made in the database with a stored language (null: never chose one). */
function onServer(server: Running, role: "resident" | "manager", name: string, locale: string | null) {
  const app = {
    request: (path: string, init: RequestInit) => fetch(server.url + path, init),
  };
  const made = personAs(server.services, app, role, { name });
  server.services.db.update(users).set({ locale }).where(eq(users.id, made.id)).run();
  const person = Person.over(server);
  person.cookie = made.person.cookie;
  return { id: made.id, person, address: `${made.id}@example.org` };
}

async function world(boardOptions: Parameters<typeof seedBoard>[1] = {}) {
  const smtp = await localSmtp();
  cleanups.push(() => smtp.close());
  const server = await testServer({
    smtpUrl: smtp.url,
    mailFrom: "Quer <quer@example.org>",
  });
  cleanups.push(() => server.dispose());
  const as = (role: "resident" | "manager", name: string, locale: string | null = null) =>
    onServer(server, role, name, locale);
  const manager = as("manager", "Maria", "de");
  const mailTo = (address: string) => {
    const mail = smtp.mails.find((m) => m.to.includes(address));
    if (!mail) throw new Error(`no mail to ${address}`);
    return bodyOf(mail.raw);
  };
  const subjectTo = (address: string) =>
    (
      server.services.sqlite.prepare('select subject from outbox where "to" = ?').get(address) as {
        subject: string;
      }
    ).subject;
  return {
    smtp,
    server,
    services: server.services,
    as,
    manager,
    board: seedBoard(server.services, boardOptions),
    mailTo,
    subjectTo,
  };
}

describe("mails in the language the reader keeps", () => {
  it("write each notice mail in its reader's stored language, the office's for those without one", async () => {
    const { smtp, services, as, manager, board, mailTo, subjectTo } = await world();
    expect((await manager.person.call("PUT", "/api/office", { locale: "en" })).status).toBe(200);
    const turkish = as("resident", "Tülay", "tr");
    const unset = as("resident", "Ulla");
    const german = as("resident", "Gerd", "de");
    const idea = (
      await turkish.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Trinkbrunnen",
      })
    ).json.idea;
    for (const p of [unset, german]) await p.person.call("PUT", `/api/ideas/${idea.id}/vote`);
    for (const p of [turkish, unset, german]) {
      expect(
        (
          await p.person.call("PUT", "/api/me/notices", {
            emailNotices: "immediate",
          })
        ).status,
      ).toBe(200);
    }
    const res = await manager.person.call("POST", `/api/ideas/${idea.id}/status`, {
      status: "declined",
      reason: "Kein Wasseranschluss.",
    });
    expect(res.status).toBe(200);
    await waitFor(() => smtp.mails.length === 3, "three mails at the local SMTP server");

    const tr = mailTo(turkish.address);
    expect(tr).toContain(noticesTr.greeting);
    expect(tr).toContain(noticesTr.newStatus("Trinkbrunnen", noticesTr.status.declined));
    expect(tr).toContain(noticesTr.reason("Kein Wasseranschluss."));
    expect(tr).toContain(noticesTr.footer.why);
    expect(subjectTo(turkish.address)).toBe(
      noticesTr.statusSubject("Trinkbrunnen", noticesTr.status.declined),
    );

    // No language of her own: the office's, English.
    const office = mailTo(unset.address);
    expect(office).toContain(noticesEn.newStatus("Trinkbrunnen", noticesEn.status.declined));
    expect(office).toContain(noticesEn.footer.why);
    expect(office).not.toContain(noticesDe.greeting);

    // The inbox keeps the facts, not a text in the language of the moment it was sent:
    // the app words them in whatever language the reader has when reading.
    const stored = services.sqlite
      .prepare("select kind, payload from notifications where user_id = ?")
      .get(turkish.id) as { kind: string; payload: string };
    expect(stored.kind).toBe("status");
    expect(stored.payload).not.toMatch(/Abgelehnt|neuer Stand|Begründung/);
    expect(JSON.parse(stored.payload)).toMatchObject({
      ideaId: idea.id,
      title: "Trinkbrunnen",
      status: "declined",
      reason: "Kein Wasseranschluss.",
    });
    const inbox = (await turkish.person.call("GET", "/api/notifications")).json.notices[0];
    expect(inbox).toMatchObject({ kind: "status", status: "declined", title: "Trinkbrunnen" });

    const de = mailTo(german.address);
    expect(de).toContain("„Trinkbrunnen“ – neuer Stand: Abgelehnt");
    expect(de).toContain("Begründung: Kein Wasseranschluss.");
  });

  it("write the approval notice in the author's language", async () => {
    const { smtp, as, manager, board, mailTo, subjectTo } = await world({
      moderation: "pre",
    });
    const author = as("resident", "Erin", "en");
    await author.person.call("PUT", "/api/me/notices", {
      emailNotices: "immediate",
    });
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Bücherschrank",
      })
    ).json.idea;
    expect(idea.moderation).toBe("pending");
    expect((await manager.person.call("POST", `/api/ideas/${idea.id}/approve`)).status).toBe(200);
    await waitFor(() => smtp.mails.length === 1, "the approval mail");
    expect(mailTo(author.address)).toContain(noticesEn.approved.headline("Bücherschrank"));
    expect(subjectTo(author.address)).toBe(noticesEn.approved.subject("Bücherschrank"));
  });

  it("write the daily digest in the reader's language, dated by Intl in the office's time zone", async () => {
    const { smtp, server, services, as, manager, board, mailTo } = await world();
    expect((await manager.person.call("PUT", "/api/office", { locale: "tr" })).status).toBe(200);
    const english = as("resident", "Eve", "en");
    const unset = as("resident", "Uwe");
    const a = (
      await english.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Bänke am Weiher",
      })
    ).json.idea;
    const b = (
      await unset.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Nachbarschaftsfest",
      })
    ).json.idea;
    await english.person.call("PUT", `/api/ideas/${b.id}/vote`);
    for (const p of [english, unset])
      await p.person.call("PUT", "/api/me/notices", { emailNotices: "daily" });
    await manager.person.call("POST", `/api/ideas/${a.id}/status`, {
      status: "reviewing",
    });
    await manager.person.call("POST", `/api/ideas/${b.id}/status`, {
      status: "accepted",
    });
    // 23:30 UTC is the next day in Berlin.
    const at = Date.UTC(2099, 0, 31, 23, 30);
    expect(queueDigests(services.sqlite, services.db, server.url, at)).toBe(2);
    await services.mailer.kick();
    await waitFor(() => smtp.mails.length === 2, "two digests");

    const en = mailTo(english.address);
    expect(mailDate(at, "en")).toBe("February 1, 2099");
    expect(en).toContain(noticesEn.digest.intro("February 1, 2099"));
    expect(en).toContain(noticesEn.newStatus("Bänke am Weiher", noticesEn.status.reviewing));
    expect(en).toContain(noticesEn.newStatus("Nachbarschaftsfest", noticesEn.status.accepted));
    const subjects = services.sqlite.prepare('select "to", subject from outbox').all() as {
      to: string;
      subject: string;
    }[];
    expect(subjects.find((s) => s.to === english.address)?.subject).toBe(
      noticesEn.digest.subjectMany(2, "2"),
    );

    const tr = mailTo(unset.address);
    expect(tr).toContain(noticesTr.digest.intro(mailDate(at, "tr")));
    expect(tr).toContain(noticesTr.newStatus("Nachbarschaftsfest", noticesTr.status.accepted));
    expect(tr).not.toContain(noticesDe.greeting);
  });
});
