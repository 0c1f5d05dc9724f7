import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { officeSettings, users } from "@quer/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { refreshOffice } from "../office/settings.ts";
import { Person, personAs, TEST_ORIGIN, testApp } from "../testing/harness.ts";
import { localeFromCookieHeader } from "./locale.ts";
import { httpAr } from "./messages.ar.ts";
import { httpDe } from "./messages.de.ts";

let cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups) await f();
  cleanups = [];
});

/** An app with a built client of one index.html, as German as the build leaves it. */
function setup() {
  const clientDir = mkdtempSync(join(tmpdir(), "quer-client-"));
  writeFileSync(
    join(clientDir, "index.html"),
    '<!doctype html><html lang="de"><head><meta name="description" content="Deutsch." /></head><body></body></html>',
  );
  const current = testApp({ clientDir });
  cleanups.push(
    () => current.dispose(),
    () => rmSync(clientDir, { recursive: true, force: true }),
  );
  return current;
}

/** The `<html>` tag of a page, as the server writes it for these headers. */
async function htmlTag(app: ReturnType<typeof setup>["app"], headers: Record<string, string> = {}) {
  const res = await app.request("/login", { headers });
  return /<html[^>]*>/.exec(await res.text())?.[0];
}

function setOfficeLocale(services: ReturnType<typeof setup>["services"], locale: string) {
  services.db
    .insert(officeSettings)
    .values({ id: 1, locale })
    .onConflictDoUpdate({
      target: officeSettings.id,
      set: { locale },
    })
    .run();
  refreshOffice(services.db);
}

describe("the request's language", () => {
  it("is German for a request that says nothing", async () => {
    const { app } = setup();
    expect(await htmlTag(app)).toBe('<html lang="de" dir="ltr">');
  });

  it("describes the page in the request's language", async () => {
    const { app } = setup();
    const description = async (cookie: string) =>
      /<meta name="description" content="([^"]*)"/.exec(
        await (await app.request("/login", { headers: { cookie } })).text(),
      )?.[1];
    expect(await description("quer_locale=de")).toBe(httpDe.pageDescription);
    expect(await description("quer_locale=ar")).toBe(httpAr.pageDescription);
    expect(httpAr.pageDescription).not.toBe(httpDe.pageDescription);
  });

  it("follows the browser's languages: the first Quer speaks, matched on the language", async () => {
    const { app } = setup();
    expect(await htmlTag(app, { "accept-language": "tr-TR,tr;q=0.9,de;q=0.8" })).toBe(
      '<html lang="tr" dir="ltr">',
    );
    expect(await htmlTag(app, { "accept-language": "fr-FR, ar;q=0.7, en;q=0.5" })).toBe(
      '<html lang="ar" dir="rtl">',
    );
  });

  it("takes the office's language when the browser asks only for languages Quer does not speak", async () => {
    const { app, services } = setup();
    setOfficeLocale(services, "uk");
    expect(await htmlTag(app, { "accept-language": "fr-FR,fr;q=0.9" })).toBe('<html lang="uk" dir="ltr">');
    expect(await htmlTag(app)).toBe('<html lang="uk" dir="ltr">');
    // A browser that asks for German still gets German.
    expect(await htmlTag(app, { "accept-language": "de-DE" })).toBe('<html lang="de" dir="ltr">');
  });

  it("puts the account's language before the browser's, and the cookie before both", async () => {
    const { app, services } = setup();
    const { id, person } = personAs(services, app, "resident");
    services.db.update(users).set({ locale: "ru" }).where(eq(users.id, id)).run();
    const session = { cookie: person.cookie, "accept-language": "tr-TR" };
    expect(await htmlTag(app, session)).toBe('<html lang="ru" dir="ltr">');
    expect(await htmlTag(app, { ...session, cookie: `${person.cookie}; quer_locale=de-x-ls` })).toBe(
      '<html lang="de-x-ls" dir="ltr">',
    );
    // A cookie Quer does not know is passed over.
    expect(await htmlTag(app, { ...session, cookie: `${person.cookie}; quer_locale=xx` })).toBe(
      '<html lang="ru" dir="ltr">',
    );
  });
});

describe("PATCH /api/me", () => {
  it("keeps the person's language with the account, which GET /api/me then names", async () => {
    const { app, services } = setup();
    const { id, person } = personAs(services, app, "resident");
    expect((await person.call("GET", "/api/me")).json.locale).toBeUndefined();
    const res = await person.call("PATCH", "/api/me", { locale: "ar" });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ locale: "ar" });
    expect((await person.call("GET", "/api/me")).json.locale).toBe("ar");
    expect(services.db.select().from(users).where(eq(users.id, id)).get()?.locale).toBe("ar");
  });

  it("refuses a language Quer does not speak and anything else in the body, with 400", async () => {
    const { app, services } = setup();
    const { person } = personAs(services, app, "resident");
    for (const body of [{ locale: "fr" }, { locale: "ar", name: "X" }, {}, { locale: 3 }]) {
      const res = await person.call("PATCH", "/api/me", body);
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe("invalid");
    }
    expect((await person.call("GET", "/api/me")).json.locale).toBeUndefined();
  });

  it("needs a session", async () => {
    const { app } = setup();
    const res = await Person.of(app).call("PATCH", "/api/me", { locale: "tr" });
    expect(res.status).toBe(401);
  });
});

describe("the account's language at sign-up and sign-in", () => {
  async function register(
    app: ReturnType<typeof setup>["app"],
    email: string,
    headers: Record<string, string>,
  ) {
    return app.request("/api/auth/register", {
      method: "POST",
      headers: { origin: TEST_ORIGIN, "content-type": "application/json", ...headers },
      body: JSON.stringify({ email, password: "ein-gutes-passwort", name: "Ayşe" }),
    });
  }

  it("stores the language the person signed up in, and answers it", async () => {
    const { app, services } = setup();
    const res = await register(app, "a@example.org", { cookie: "quer_locale=tr" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { locale?: string }).locale).toBe("tr");
    expect(services.db.select().from(users).where(eq(users.email, "a@example.org")).get()?.locale).toBe("tr");
    const byBrowser = await register(app, "b@example.org", { "accept-language": "uk-UA" });
    expect(((await byBrowser.json()) as { locale?: string }).locale).toBe("uk");
  });

  it("answers the account's language when signing in on another browser", async () => {
    const { app } = setup();
    await register(app, "c@example.org", { cookie: "quer_locale=ar" });
    const elsewhere = Person.of(app);
    const res = await elsewhere.login("c@example.org", "ein-gutes-passwort");
    expect(res.status).toBe(200);
    expect(res.json.locale).toBe("ar");
    expect(await htmlTag(app, { cookie: elsewhere.cookie, "accept-language": "de-DE" })).toBe(
      '<html lang="ar" dir="rtl">',
    );
  });
});

describe("localeFromCookieHeader (WebSocket upgrades)", () => {
  it("takes the cookie, then the browser's languages, then the fallback", () => {
    expect(localeFromCookieHeader("a=b; quer_locale=ar", "tr-TR")).toBe("ar");
    expect(localeFromCookieHeader("quer_locale=xx", "tr-TR,de;q=0.5")).toBe("tr");
    expect(localeFromCookieHeader(undefined, "fr-FR")).toBe("de");
    expect(localeFromCookieHeader(undefined, "fr-FR", "uk")).toBe("uk");
    expect(localeFromCookieHeader(undefined)).toBe("de");
  });
});
