import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ar } from "../client/src/i18n/ar.ts";
import { de } from "../client/src/i18n/de.ts";
import { tr } from "../client/src/i18n/tr.ts";
import { Person, personAs, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { PASSWORD, uniqueEmail } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, openMenu, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

const htmlLang = () => document.documentElement.lang;

/** Requests for the English catalogue's chunk: German pages must not need it. */
function englishLoads(page: Page): string[] {
  const loads: string[] = [];
  page.on("request", (r) => {
    if (/\/assets\/en-[\w-]+\.js$/.test(new URL(r.url()).pathname)) loads.push(r.url());
  });
  return loads;
}

describe("language switch", () => {
  it("changes the interface language and <html lang>, and keeps the choice", async () => {
    const { context, page } = await newPage(suite.browser);
    const english = englishLoads(page);
    await page.goto(`${suite.server.url}/login`);
    await heading(page, "Anmelden");
    expect(await page.evaluate(htmlLang)).toBe("de");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    // The office's name, as it is, in every language (until it is known, the app's).
    await page.waitForFunction(() => document.title === "Anmelden – Quartiersmanagement Leimen");
    // Each option names its language in that language, marked up as such.
    expect(await page.getAttribute('#language option[value="en"]', "lang")).toBe("en");
    expect(english).toEqual([]);

    await openMenu(page);
    await page.getByLabel("Sprache").selectOption("en");
    await heading(page, "Log in");
    expect(english).toHaveLength(1);
    expect(await page.evaluate(htmlLang)).toBe("en");
    expect(await page.title()).toBe("Log in – Quartiersmanagement Leimen");
    await page.getByLabel("E-mail address").waitFor();
    await page.getByRole("link", { name: "Skip to content" }).waitFor({ state: "attached" });
    await page.getByText("Quer – Quartiersmanagement Leimen").waitFor();

    // The choice survives a reload.
    await page.reload();
    await heading(page, "Log in");
    expect(await page.evaluate(htmlLang)).toBe("en");

    await openMenu(page);
    await page.getByLabel("Language").selectOption("de");
    await heading(page, "Anmelden");
    expect(await page.evaluate(htmlLang)).toBe("de");
    await page.getByLabel("E-Mail-Adresse").waitFor();
    await context.close();
  });

  it("shows a board in the stored language from the first paint, with no German on the way", async () => {
    const board = seedBoard(suite.server.services, { title: "Spielplatz" });
    const app = { request: (path: string, init: RequestInit) => fetch(suite.server.url + path, init) };
    const { person } = personAs(suite.server.services, app, "resident");
    const posted = await fetch(`${suite.server.url}/api/boards/${board.id}/ideas`, {
      method: "POST",
      headers: { origin: suite.server.url, cookie: person.cookie, "content-type": "application/json" },
      body: JSON.stringify({ title: "Neue Schaukel" }),
    });
    expect(posted.status).toBe(201);
    const { context, page } = await newPage(suite.browser);
    // Stored as the switch stores it: for the app, and as a cookie for the server's first view.
    await context.addCookies([{ name: "quer_locale", value: "en", url: suite.server.url }]);
    await context.addInitScript(() => {
      localStorage.setItem("quer.locale", "en");
      // Remembers German interface text if it ever reaches the page.
      const seen = new Set<string>();
      (window as unknown as { germanSeen: Set<string> }).germanSeen = seen;
      new MutationObserver(() => {
        for (const text of ["Zum Abstimmen anmelden", "Beiträge", "Anmelden"])
          if (document.body?.textContent?.includes(text)) seen.add(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await page.locator(".idea-card").getByText("Log in to vote").waitFor();
    await waitLive(page, "Live");
    expect(await page.evaluate(htmlLang)).toBe("en");
    expect(
      await page.evaluate(() => [...(window as unknown as { germanSeen: Set<string> }).germanSeen]),
    ).toEqual([]);
    await context.close();
  });

  it("tells the server a choice stored before it had the cookie, so the next page comes in it", async () => {
    const board = seedBoard(suite.server.services, { title: "Altbestand" });
    const { context, page } = await newPage(suite.browser);
    await context.addInitScript(() => localStorage.setItem("quer.locale", "en"));
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await waitLive(page, "Live");
    const cookies = await context.cookies(suite.server.url);
    expect(cookies.find((c) => c.name === "quer_locale")?.value).toBe("en");
    const html = await page.request.get(`${suite.server.url}/boards/${board.id}`).then((r) => r.text());
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Log in to share an idea");
    await context.close();
  });

  it("sets no cookie for someone who never chose a language", async () => {
    const board = seedBoard(suite.server.services, { title: "Ohne Wahl" });
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await waitLive(page);
    expect((await context.cookies(suite.server.url)).map((c) => c.name)).not.toContain("quer_locale");
    await context.close();
  });
});

describe("seven languages", () => {
  const htmlDir = () => document.documentElement.dir;

  /** Signs in through the German form; the page may change its language right after. */
  async function signIn(page: Page, email: string) {
    await page.goto(`${suite.server.url}/login`);
    await heading(page, de["auth.login.title"]);
    await page.getByLabel(de["auth.email"]).fill(email);
    await page.getByLabel(de["auth.password"], { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: de["auth.login.submit"] }).click();
    await page.waitForURL((url) => url.pathname === "/");
  }

  it("switches to Arabic, right to left, from the switch, and keeps it over a reload", async () => {
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/login`);
    await heading(page, de["auth.login.title"]);
    // Every language in the list, named in itself and marked up as itself.
    const options = await page.$$eval("#language option", (all) =>
      all.map((o) => [o.getAttribute("value"), o.getAttribute("lang"), o.getAttribute("dir")]),
    );
    expect(options).toEqual([
      ["de", "de", "ltr"],
      ["de-x-ls", "de-x-ls", "ltr"],
      ["en", "en", "ltr"],
      ["tr", "tr", "ltr"],
      ["ar", "ar", "rtl"],
      ["uk", "uk", "ltr"],
      ["ru", "ru", "ltr"],
    ]);
    await openMenu(page);
    await page.getByLabel(de["nav.language"]).selectOption("ar");
    await heading(page, ar["auth.login.title"]);
    expect(await page.evaluate(htmlLang)).toBe("ar");
    expect(await page.evaluate(htmlDir)).toBe("rtl");
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    await page.reload();
    await heading(page, ar["auth.login.title"]);
    expect(await page.evaluate(htmlLang)).toBe("ar");
    expect(await page.evaluate(htmlDir)).toBe("rtl");
    // The server wrote the page's <html> in Arabic before any script ran.
    const html = await page.request.get(`${suite.server.url}/login`).then((r) => r.text());
    expect(html).toContain('<html lang="ar" dir="rtl">');
    await context.close();
  });

  it("greets a first visit from a Turkish browser in Turkish", async () => {
    const { context, page } = await newPage(suite.browser, { locale: "tr-TR" });
    await page.goto(`${suite.server.url}/login`);
    await heading(page, tr["auth.login.title"]);
    expect(await page.evaluate(htmlLang)).toBe("tr");
    expect(await page.$eval("#language", (s) => (s as HTMLSelectElement).value)).toBe("tr");
    await context.close();
  });

  it("brings the account's language to another browser when the person signs in there", async () => {
    const email = uniqueEmail("ayse");
    const first = Person.over(suite.server);
    expect(
      (await first.call("POST", "/api/auth/register", { email, password: PASSWORD, name: "Ayşe" })).status,
    ).toBe(201);
    // Chosen in the first browser while signed in: the account keeps it.
    expect((await first.call("PATCH", "/api/me", { locale: "ar" })).status).toBe(200);

    const { context, page } = await newPage(suite.browser);
    await signIn(page, email);
    await page.waitForFunction(() => document.documentElement.lang === "ar");
    expect(await page.evaluate(htmlDir)).toBe("rtl");
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(htmlLang)).toBe("ar");
    await context.close();
  });

  it("stores a language chosen while signed in with the account", async () => {
    const { context, page } = await newPage(suite.browser);
    const email = uniqueEmail("oleh");
    const person = Person.over(suite.server);
    await person.call("POST", "/api/auth/register", { email, password: PASSWORD, name: "Oleh" });
    await signIn(page, email);
    await openMenu(page);
    await page.getByLabel(de["nav.language"]).selectOption("uk");
    await page.waitForFunction(() => document.documentElement.lang === "uk");
    await expect.poll(async () => (await person.call("GET", "/api/me")).json.locale).toBe("uk");
    await context.close();
  });

  it("renders a board's first view on the server in Turkish for the cookie", async () => {
    const board = seedBoard(suite.server.services, { title: "Pazar yeri" });
    const res = await fetch(`${suite.server.url}/boards/${board.id}`, {
      headers: { cookie: "quer_locale=tr" },
    });
    const html = await res.text();
    expect(html).toContain('<html lang="tr" dir="ltr">');
    expect(html).toContain("data-server-view");
    expect(html).toContain(tr["board.shareSignIn"]);
    if (tr["board.shareSignIn"] !== de["board.shareSignIn"])
      expect(html).not.toContain(de["board.shareSignIn"]);
  });
});
