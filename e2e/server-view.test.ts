import type { Page, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { consoleErrors } from "./support/page-api.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, openMenu, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

const app = { request: (path: string, init: RequestInit) => fetch(suite.server.url + path, init) };

/** A board with ideas posted through the API by a resident, the first title with the most votes. */
async function boardWith(title: string, ideas: string[]) {
  const board = seedBoard(suite.server.services, { title });
  const { person } = personAs(suite.server.services, app, "resident", { name: "Nachbarin" });
  const ids: string[] = [];
  for (const idea of ideas) {
    const res = await fetch(`${suite.server.url}/api/boards/${board.id}/ideas`, {
      method: "POST",
      headers: { origin: suite.server.url, cookie: person.cookie, "content-type": "application/json" },
      body: JSON.stringify({ title: idea }),
    });
    expect(res.status).toBe(201);
    ids.push(((await res.json()) as { idea: { id: string } }).idea.id);
  }
  const voted = await fetch(`${suite.server.url}/api/ideas/${ids[0]}/vote`, {
    method: "PUT",
    headers: { origin: suite.server.url, cookie: person.cookie },
  });
  expect(voted.ok).toBe(true);
  return { board, ids };
}

/** Holds the scripts whose names match `pattern` until `release()`; the page renders what it has meanwhile. */
async function holdScripts(page: Page, pattern: RegExp) {
  const held: Route[] = [];
  let released = false;
  await page.route(
    (url) => pattern.test(url.pathname),
    (route) => {
      if (released) void route.continue();
      else held.push(route);
    },
  );
  return {
    release: async () => {
      released = true;
      await Promise.all(held.map((route) => route.continue()));
    },
  };
}

const takenOver = (page: Page) =>
  page.waitForSelector("#root:not([data-server-view])", { state: "attached" });

describe("a board page's first view, rendered by the server", () => {
  it("shows the board's cards in vote order without JavaScript", async () => {
    const { board, ids } = await boardWith("Ohne Skripte", ["Trinkbrunnen am Markt", "Mehr Licht im Park"]);
    const context = await suite.browser.newContext({ javaScriptEnabled: false, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await heading(page, "Ohne Skripte");
    const titles = page.locator(".idea-card h3");
    expect(await titles.allTextContents()).toEqual(["Trinkbrunnen am Markt", "Mehr Licht im Park"]);
    expect(await page.locator(".idea-card a").first().getAttribute("href")).toBe(`/ideas/${ids[0]}`);
    expect(await page.getByText("1 Stimme", { exact: true }).count()).toBe(1);
    await page.getByRole("navigation").getByRole("link", { name: "Anmelden", exact: true }).waitFor();
    await context.close();
  });

  it("passes axe while the app's scripts are still on their way", async () => {
    const { board } = await boardWith("Barrierefrei", ["Rampe zur Bücherei"]);
    const { context, page } = await newPage(suite.browser);
    const scripts = await holdScripts(page, /\.js$/);
    await page.goto(`${suite.server.url}/boards/${board.id}`, { waitUntil: "commit" });
    await page.locator("#root[data-server-view] .idea-card").waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await scripts.release();
    await takenOver(page);
    await context.close();
  });

  it("gives way to the app in place: one view, the focus kept, the board live", async () => {
    const { board, ids } = await boardWith("Übergabe", ["Sitzbänke", "Fahrradbügel", "Hundewiese"]);
    const { context, page } = await newPage(suite.browser);
    const errors = consoleErrors(page);
    const entry = await holdScripts(page, /\/assets\/index-[^/]*\.js$/);
    await page.goto(`${suite.server.url}/boards/${board.id}`, { waitUntil: "commit" });
    const second = page.locator(`#root[data-server-view] a[href="/ideas/${ids[1]}"]`);
    await second.waitFor();
    await second.focus();
    await entry.release();
    await takenOver(page);
    expect(await page.locator("[data-server-view]").count()).toBe(0);
    expect(await page.locator("#root").count()).toBe(1);
    expect(await page.locator(".idea-list").count()).toBe(1);
    // The same link, now the app's: connected, in the one root, and focused.
    expect(
      await page.evaluate((href) => {
        const active = document.activeElement;
        return active?.getAttribute("href") === href && active.isConnected && !!active.closest("#root");
      }, `/ideas/${ids[1]}`),
    ).toBe(true);
    await waitLive(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("follows a link clicked before the app took over, in the app", async () => {
    const { board, ids } = await boardWith("Früher Klick", ["Bücherschrank"]);
    const { context, page } = await newPage(suite.browser);
    const boardPage = await holdScripts(page, /\/assets\/BoardPage-[^/]*\.js$/);
    await page.goto(`${suite.server.url}/boards/${board.id}`, { waitUntil: "commit" });
    // The app is running (its hidden twin exists) but its board page is not there yet.
    await page.waitForSelector("#root[data-server-view] + div[hidden]", { state: "attached" });
    await page.locator(`#root[data-server-view] a[href="/ideas/${ids[0]}"]`).click();
    await heading(page, "Bücherschrank");
    expect(new URL(page.url()).pathname).toBe(`/ideas/${ids[0]}`);
    expect(await page.locator("[data-server-view]").count()).toBe(0);
    await boardPage.release();
    await context.close();
  });

  it("renders in the language the person chose, and says so to the browser", async () => {
    const { board } = await boardWith("Sprachen", ["Spielplatz"]);
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await waitLive(page);
    await openMenu(page);
    await page.getByLabel("Sprache").selectOption("en");
    await page.getByRole("link", { name: "Log in", exact: true }).waitFor();
    const scripts = await holdScripts(page, /\.js$/);
    await page.reload({ waitUntil: "commit" });
    await page.locator("#root[data-server-view] .idea-card").waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page.getByText("Log in to vote", { exact: true }).waitFor();
    await scripts.release();
    await takenOver(page);
    await page.getByText("Log in to vote", { exact: true }).waitFor();
    await context.close();
  });

  it("writes an idea's title as text, never as markup", async () => {
    const { board } = await boardWith("Sicher", ['<img src=x onerror="document.title=1">Brunnen']);
    const res = await fetch(`${suite.server.url}/boards/${board.id}`);
    const html = await res.text();
    const view = html.slice(html.indexOf('<div id="root" data-server-view>'));
    expect(view).toContain("&lt;img src=x onerror=");
    expect(view).not.toContain("<img");
  });

  it("leaves a list view other than the default to the app", async () => {
    const { board } = await boardWith("Sortiert", ["Neueste Idee"]);
    const html = await (await fetch(`${suite.server.url}/boards/${board.id}?sort=newest`)).text();
    expect(html).not.toContain("data-server-view");
    const plain = await (await fetch(`${suite.server.url}/boards/${board.id}`)).text();
    expect(plain).toContain("data-server-view");
  });

  it("renders the header of whoever asks: a manager's desk, signed in", async () => {
    const { board } = await boardWith("Für Maria", ["Laternen"]);
    const { person } = personAs(suite.server.services, app, "manager", { name: "Maria" });
    const html = await (
      await fetch(`${suite.server.url}/boards/${board.id}`, { headers: { cookie: person.cookie } })
    ).text();
    const view = html.slice(html.indexOf("data-server-view"));
    expect(view).toContain("Angemeldet als Maria");
    expect(view).toContain('href="/moderation"');
    expect(view).toContain('href="/manage"');
  });

  it("writes dates in the office's time zone, as a browser in Leimen shows them", async () => {
    const { board } = await boardWith("Zeitzone", ["Uhr am Rathaus"]);
    const context = await suite.browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
    const page = await context.newPage();
    const entry = await holdScripts(page, /\/assets\/index-[^/]*\.js$/);
    await page.goto(`${suite.server.url}/boards/${board.id}`, { waitUntil: "commit" });
    const served = await page.locator("#root[data-server-view] .idea-card time").getAttribute("title");
    await entry.release();
    await takenOver(page);
    expect(served).toBeTruthy();
    expect(await page.locator(".idea-card time").getAttribute("title")).toBe(served);
    await context.close();
  });
});
