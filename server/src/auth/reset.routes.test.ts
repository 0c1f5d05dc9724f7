import { passwordResets, users } from "@quer/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { personFrom } from "../testing/addresses.ts";
import { Person, personAs, testApp } from "../testing/harness.ts";
import { bodyOf, localSmtp } from "../testing/smtp.ts";
import { RESET_LIMITS, ResetLimits } from "./reset-limits.ts";
import { issueResetToken, RESET_TTL_MS } from "./resets.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const done of cleanups.splice(0).reverse()) await done();
});

const OLD = "ein-gutes-passwort";
const NEW = "ein-ganz-neues-passwort";

async function world(opts: { smtp?: boolean } = {}) {
  const smtp = opts.smtp ? await localSmtp() : null;
  if (smtp) cleanups.push(() => smtp.close());
  const t = testApp(smtp ? { smtpUrl: smtp.url } : {});
  cleanups.push(() => t.dispose());
  const anna = Person.of(t.app);
  const email = `anna-${Math.random().toString(36).slice(2)}@example.org`;
  const user = await anna.register("Anna", email);
  return { ...t, smtp, anna, email, user };
}

const linkIn = (raw: string) => bodyOf(raw).match(/http:\/\/quer\.test\/reset\/([a-z0-9]+)/)?.[1];

describe("POST /api/auth/reset/request", () => {
  it("answers an unknown address exactly as a known one, and mails only the account", async () => {
    const { app, services, smtp, email } = await world({ smtp: true });
    const stranger = Person.of(app);
    const known = await stranger.call("POST", "/api/auth/reset/request", { email });
    const unknown = await stranger.call("POST", "/api/auth/reset/request", { email: "niemand@example.org" });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.json).toEqual(known.json);
    expect([...unknown.headers.keys()].sort()).toEqual([...known.headers.keys()].sort());
    await services.resetMails.idle();
    expect(smtp?.mails.map((m) => m.to)).toEqual([[email]]);
    const token = linkIn(smtp?.mails[0]?.raw ?? "");
    expect(token).toMatch(/^[a-z0-9]{32}$/);
    // Only a hash of it is kept.
    const rows = services.db.select().from(passwordResets).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash.toString("utf8")).not.toContain(token);
    expect(rows[0]?.tokenHash.toString("hex")).not.toContain(token);
    expect((rows[0]?.expiresAt ?? 0) - (rows[0]?.createdAt ?? 0)).toBe(RESET_TTL_MS);
  });

  it("writes the mail in the reader's language, German by default, when the account has none", async () => {
    const { services, smtp, email, app } = await world({ smtp: true });
    // Registration keeps the language in use; an account from before languages were kept has none.
    services.db.update(users).set({ locale: null }).where(eq(users.email, email)).run();
    await Person.of(app).call("POST", "/api/auth/reset/request", { email });
    const english = Person.of(app);
    english.cookie = "quer_locale=en";
    await english.call("POST", "/api/auth/reset/request", { email });
    await services.resetMails.idle();
    const [de, en] = (smtp?.mails ?? []).map((m) => bodyOf(m.raw));
    expect(de).toContain("Der Link gilt eine Stunde lang");
    expect(de).toContain("ignoriere diese Mail einfach");
    expect(en).toContain("The link works for one hour");
  });

  it("sends nothing to blocked accounts and guests, and keeps no token for them", async () => {
    const { app, services, smtp } = await world({ smtp: true });
    const blocked = personAs(services, app, "blocked");
    personAs(services, app, "guest");
    const answer = await Person.of(app).call("POST", "/api/auth/reset/request", {
      email: `${blocked.id}@example.org`,
    });
    expect(answer.status).toBe(202);
    await services.resetMails.idle();
    expect(smtp?.mails).toHaveLength(0);
    expect(services.db.select().from(passwordResets).all()).toHaveLength(0);
  });

  it("keeps no token when no mail can be sent", async () => {
    const { app, services, email } = await world();
    expect((await Person.of(app).call("POST", "/api/auth/reset/request", { email })).status).toBe(202);
    await services.resetMails.idle();
    expect(services.db.select().from(passwordResets).all()).toHaveLength(0);
  });

  it("refuses a bad address with 400", async () => {
    const { app } = await world();
    const answer = await Person.of(app).call("POST", "/api/auth/reset/request", { email: "kein-at" });
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe("invalid");
    const extra = await Person.of(app).call("POST", "/api/auth/reset/request", { email: "a@b.de", x: 1 });
    expect(extra.status).toBe(400);
  });

  it("limits requests per e-mail address, known or not, and per client address", async () => {
    const { app, services } = await world();
    services.limits.reset = new ResetLimits({ ...RESET_LIMITS, requestsPerEmail: 2, requestsPerAddress: 4 });
    const ask = (from: string, email: string) =>
      personFrom(app, from).call("POST", "/api/auth/reset/request", { email });
    expect((await ask("203.0.113.1", "wer@example.org")).status).toBe(202);
    expect((await ask("203.0.113.2", "wer@example.org")).status).toBe(202);
    const third = await ask("203.0.113.3", "wer@example.org");
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    // Another address from a fresh client still works…
    expect((await ask("203.0.113.3", "andere@example.org")).status).toBe(202);
    // …until that client has asked too often, whatever it asks for.
    for (const n of [1, 2, 3]) await ask("203.0.113.9", `x${n}@example.org`);
    expect((await ask("203.0.113.9", "x4@example.org")).status).toBe(202);
    expect((await ask("203.0.113.9", "x5@example.org")).status).toBe(429);
    await services.resetMails.idle();
  });
});

describe("POST /api/auth/reset", () => {
  it("sets the new password once, ends every session and every other link of the account", async () => {
    const { app, services, anna, email, user } = await world();
    const phone = Person.of(app);
    expect((await phone.login(email, OLD)).status).toBe(200);
    const token = issueResetToken(services.db, user.id, Date.now());
    const other = issueResetToken(services.db, user.id, Date.now());

    const stranger = Person.of(app);
    const done = await stranger.call("POST", "/api/auth/reset", { token, password: NEW });
    expect(done.status).toBe(200);
    // Nobody is signed in by it.
    expect(done.headers.get("set-cookie")).toBeNull();

    for (const session of [anna, phone]) {
      expect((await session.call("GET", "/api/me")).json.user).toBeNull();
      expect((await session.call("GET", "/api/me/export")).status).toBe(401);
    }
    expect((await Person.of(app).login(email, OLD)).status).toBe(401);
    expect((await Person.of(app).login(email, NEW)).status).toBe(200);

    const again = await stranger.call("POST", "/api/auth/reset", { token, password: "noch-ein-passwort" });
    expect(again.status).toBe(400);
    expect(again.json.error.code).toBe("invalid");
    expect(again.json.error.message).toMatch(/gilt nicht mehr/);
    const second = await stranger.call("POST", "/api/auth/reset", {
      token: other,
      password: "noch-ein-passwort",
    });
    expect(second.status).toBe(400);
    expect(services.db.select().from(passwordResets).all()).toHaveLength(0);
  });

  it("refuses a link older than an hour", async () => {
    const { app, services, email, user } = await world();
    const token = issueResetToken(services.db, user.id, Date.now() - RESET_TTL_MS - 1);
    const answer = await Person.of(app).call("POST", "/api/auth/reset", { token, password: NEW });
    expect(answer.status).toBe(400);
    expect(answer.json.error.issues[0].path).toEqual(["token"]);
    expect((await Person.of(app).login(email, OLD)).status).toBe(200);
  });

  it("accepts a link just inside its hour", async () => {
    const { app, services, user } = await world();
    const token = issueResetToken(services.db, user.id, Date.now() - RESET_TTL_MS + 60_000);
    expect((await Person.of(app).call("POST", "/api/auth/reset", { token, password: NEW })).status).toBe(200);
  });

  it("refuses a wrong token with 400 and a message in the reader's language", async () => {
    const { app } = await world();
    const english = Person.of(app);
    english.cookie = "quer_locale=en";
    const answer = await english.call("POST", "/api/auth/reset", { token: "a".repeat(32), password: NEW });
    expect(answer.status).toBe(400);
    expect(answer.json.error.message).toMatch(/no longer works/);
  });

  it("keeps the registration's password rules", async () => {
    const { app, services, email, user } = await world();
    const token = issueResetToken(services.db, user.id, Date.now());
    const short = await Person.of(app).call("POST", "/api/auth/reset", { token, password: "kurz" });
    expect(short.status).toBe(400);
    expect(short.json.error.issues[0].path).toEqual(["password"]);
    const long = await Person.of(app).call("POST", "/api/auth/reset", { token, password: "x".repeat(201) });
    expect(long.status).toBe(400);
    expect((await Person.of(app).call("POST", "/api/auth/reset", { password: NEW })).status).toBe(400);
    // The link still works after a refused password.
    expect((await Person.of(app).call("POST", "/api/auth/reset", { token, password: NEW })).status).toBe(200);
    expect((await Person.of(app).login(email, NEW)).status).toBe(200);
  });

  it("refuses a client after too many wrong links, even a right one", async () => {
    const { app, services, user } = await world();
    services.limits.reset = new ResetLimits({ ...RESET_LIMITS, wrongTokensPerAddress: 3 });
    const guesser = personFrom(app, "198.51.100.4");
    for (const n of [1, 2, 3]) {
      const wrong = await guesser.call("POST", "/api/auth/reset", { token: `falsch${n}`, password: NEW });
      expect(wrong.status).toBe(400);
    }
    const token = issueResetToken(services.db, user.id, Date.now());
    expect((await guesser.call("POST", "/api/auth/reset", { token, password: NEW })).status).toBe(429);
    expect(
      (await personFrom(app, "198.51.100.5").call("POST", "/api/auth/reset", { token, password: NEW }))
        .status,
    ).toBe(200);
  });

  it("lets only one of two parallel uses of a link through", async () => {
    const { app, services, user } = await world();
    const token = issueResetToken(services.db, user.id, Date.now());
    const answers = await Promise.all(
      ["erstes-neues-passwort", "zweites-neues-passwort"].map((password) =>
        Person.of(app).call("POST", "/api/auth/reset", { token, password }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 400]);
  });
});

describe("POST /api/auth/password", () => {
  it("changes the password and ends every other session, not this one", async () => {
    const { app, services, anna, email, user } = await world();
    const phone = Person.of(app);
    await phone.login(email, OLD);
    const token = issueResetToken(services.db, user.id, Date.now());
    const answer = await anna.call("POST", "/api/auth/password", { current: OLD, password: NEW });
    expect(answer.status).toBe(200);
    expect((await anna.call("GET", "/api/me")).json.user.id).toBe(user.id);
    expect((await phone.call("GET", "/api/me")).json.user).toBeNull();
    expect((await phone.call("GET", "/api/me/export")).status).toBe(401);
    expect((await Person.of(app).login(email, NEW)).status).toBe(200);
    expect((await Person.of(app).login(email, OLD)).status).toBe(401);
    // An old reset link no longer works either.
    expect((await Person.of(app).call("POST", "/api/auth/reset", { token, password: OLD })).status).toBe(400);
  });

  it("refuses a wrong current password with 401 and changes nothing", async () => {
    const { app, anna, email } = await world();
    const phone = Person.of(app);
    await phone.login(email, OLD);
    const answer = await anna.call("POST", "/api/auth/password", {
      current: "falsches-passwort",
      password: NEW,
    });
    expect(answer.status).toBe(401);
    expect(answer.json.error.message).toMatch(/bisherige Passwort/);
    expect((await phone.call("GET", "/api/me")).json.user).not.toBeNull();
    expect((await Person.of(app).login(email, OLD)).status).toBe(200);
  });

  it("stops guessing after the limit, even with the right password", async () => {
    const { anna, services } = await world();
    services.limits.reset = new ResetLimits({ ...RESET_LIMITS, wrongCurrentPerAccount: 3 });
    for (const n of [1, 2, 3]) {
      const wrong = await anna.call("POST", "/api/auth/password", { current: `falsch-${n}`, password: NEW });
      expect(wrong.status).toBe(401);
    }
    const right = await anna.call("POST", "/api/auth/password", { current: OLD, password: NEW });
    expect(right.status).toBe(429);
  });

  it("counts parallel guesses before checking them", async () => {
    const { anna, services } = await world();
    services.limits.reset = new ResetLimits({ ...RESET_LIMITS, wrongCurrentPerAccount: 3 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, n) =>
        anna.call("POST", "/api/auth/password", { current: `falsch-${n}`, password: NEW }),
      ),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
  });

  it("asks for a session, refuses guests, and checks the new password's rules", async () => {
    const { app, services, anna } = await world();
    expect(
      (await Person.of(app).call("POST", "/api/auth/password", { current: OLD, password: NEW })).status,
    ).toBe(401);
    const guest = personAs(services, app, "guest");
    expect(
      (await guest.person.call("POST", "/api/auth/password", { current: OLD, password: NEW })).status,
    ).toBe(403);
    const short = await anna.call("POST", "/api/auth/password", { current: OLD, password: "kurz" });
    expect(short.status).toBe(400);
    expect(short.json.error.issues[0].path).toEqual(["password"]);
    expect((await anna.call("POST", "/api/auth/password", { password: NEW })).status).toBe(400);
  });

  it("lets a blocked person change their own password", async () => {
    const { services, anna, user } = await world();
    services.db.update(users).set({ blockedAt: Date.now() }).where(eq(users.id, user.id)).run();
    expect((await anna.call("POST", "/api/auth/password", { current: OLD, password: NEW })).status).toBe(200);
  });
});
