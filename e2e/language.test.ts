import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
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
