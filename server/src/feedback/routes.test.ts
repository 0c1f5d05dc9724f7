import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "../http/rate-limit.ts";
import { Person, personAs, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

const message = "Auf dem Handy verdeckt das Menü den Knopf „Absenden“.";

function outbox(services: ReturnType<typeof testApp>["services"]) {
  return services.sqlite.prepare("select `to`, subject, text, headers from outbox").all() as {
    to: string;
    subject: string;
    text: string;
    headers: string;
  }[];
}

describe("POST /api/feedback", () => {
  it("reaches every manager's inbox, and mails those who want mails at once", async () => {
    current = testApp();
    const { app, services } = current;
    const mona = personAs(services, app, "manager", { name: "Mona" });
    const max = personAs(services, app, "manager", { name: "Max" });
    const anna = personAs(services, app, "resident", { name: "Anna" });
    await mona.person.call("PUT", "/api/me/notices", { emailNotices: "daily" });

    const stranger = Person.of(app);
    const sent = await stranger.call("POST", "/api/feedback", {
      message,
      replyTo: "Leser@Example.org",
      page: "/boards/abc",
    });
    expect(sent.status).toBe(201);

    const inbox = (await mona.person.call("GET", "/api/notifications")).json;
    expect(inbox.unread).toBe(1);
    expect(inbox.notices[0]).toMatchObject({
      kind: "feedback",
      ideaId: null,
      feedback: { message, replyTo: "leser@example.org", page: "/boards/abc" },
    });
    expect(inbox.notices[0].feedback.from).toBeUndefined();
    expect((await max.person.call("GET", "/api/notifications")).json.unread).toBe(1);
    expect((await anna.person.call("GET", "/api/notifications")).json.notices).toHaveLength(0);

    // Mona wants mails (daily): she gets this one at once; Max wants none.
    const mails = outbox(services);
    expect(mails.map((m) => m.to)).toEqual([`${mona.id}@example.org`]);
    const mail = mails[0];
    expect(mail?.subject).toBe("Neue Rückmeldung zur Barrierefreiheit");
    expect(mail?.text).toContain(message);
    expect(mail?.text).toContain(`Betrifft die Seite: ${services.config.publicUrl}/boards/abc`);
    expect(mail?.text).toContain("Antwort erbeten an: leser@example.org");
    expect(JSON.parse(mail?.headers ?? "{}")["Reply-To"]).toBe("leser@example.org");
    // Already mailed: the daily digest does not send it again.
    const unmailed = services.sqlite
      .prepare("select count(*) as n from notifications where mailed_at is null")
      .get();
    expect(unmailed).toEqual({ n: 0 });
  });

  it("writes each manager's mail in the language they chose", async () => {
    current = testApp();
    const { app, services } = current;
    const sam = personAs(services, app, "manager", { name: "Sam" });
    await sam.person.call("PUT", "/api/me/notices", { emailNotices: "immediate" });
    services.sqlite.prepare("update users set locale = 'en' where id = ?").run(sam.id);
    expect((await Person.of(app).call("POST", "/api/feedback", { message })).status).toBe(201);
    const [mail] = outbox(services);
    expect(mail?.subject).toBe("New feedback on accessibility");
    expect(mail?.text).toContain("Sent without signing in.");
  });

  it("names a signed-in sender, a guest or a blocked one too", async () => {
    current = testApp();
    const { app, services } = current;
    const mona = personAs(services, app, "manager", { name: "Mona" });
    const blocked = personAs(services, app, "blocked", { name: "Bert" });
    expect((await blocked.person.call("POST", "/api/feedback", { message })).status).toBe(201);
    const notice = (await mona.person.call("GET", "/api/notifications")).json.notices[0];
    expect(notice.feedback).toEqual({ message, from: "Bert" });
  });

  it("refuses what is empty, too long, or points away from this site, with a 400", async () => {
    current = testApp();
    const { app, services } = current;
    personAs(services, app, "manager");
    const stranger = Person.of(app);
    for (const body of [
      { message: "   \n " },
      { message: "x".repeat(2001) },
      { message, page: "https://evil.example/" },
      { message, page: "//evil.example/" },
      { message, page: "/a b" },
      { message, replyTo: "keine-adresse" },
      { message, extra: true },
    ]) {
      const answer = await stranger.call("POST", "/api/feedback", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.error.code).toBe("invalid");
    }
    expect(services.sqlite.prepare("select count(*) as n from notifications").get()).toEqual({ n: 0 });
  });

  it("limits messages per address and per person, and says so in the request's language", async () => {
    current = testApp();
    const { app, services } = current;
    personAs(services, app, "manager");
    services.limits.feedbackPerAddress = new RateLimiter(3, 60_000);
    services.limits.feedbackPerPerson = new RateLimiter(1, 60_000);
    const anna = personAs(services, app, "resident", { name: "Anna" });
    expect((await anna.person.call("POST", "/api/feedback", { message })).status).toBe(201);
    const again = await anna.person.call("POST", "/api/feedback", { message });
    expect(again.status).toBe(429);
    expect(again.json.error.code).toBe("rate_limited");
    // Anna's refusal did not use up the address: two more from it pass, then none.
    const stranger = Person.of(app);
    expect((await stranger.call("POST", "/api/feedback", { message })).status).toBe(201);
    expect((await stranger.call("POST", "/api/feedback", { message })).status).toBe(201);
    stranger.cookie = "quer_locale=en";
    const refused = await stranger.call("POST", "/api/feedback", { message });
    expect(refused.status).toBe(429);
    expect(refused.json.error.message).toBe("You have just sent us several messages. Please wait a while.");
  });
});
