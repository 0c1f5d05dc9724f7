import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { type QuerServer, startServer } from "./support/server.ts";
import { waitLive } from "./support/ui.ts";

let server: QuerServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

describe("a big board", () => {
  it("shows the first cards at once and the rest on request, keeping keyboard focus in place", async () => {
    const board = seedBoard(server.services, { title: "Großes Board" });
    const app = { request: (path: string, init: RequestInit) => fetch(server.url + path, init) };
    // Several authors: one person may only post so fast.
    const authors = Array.from({ length: 5 }, (_, i) =>
      personAs(server.services, app, "resident", { name: `Nachbar ${i}` }),
    );
    for (let i = 0; i < 130; i++) {
      const cookie = authors[i % authors.length]?.person.cookie ?? "";
      const res = await fetch(`${server.url}/api/boards/${board.id}/ideas`, {
        method: "POST",
        headers: { origin: server.url, cookie, "content-type": "application/json" },
        body: JSON.stringify({ title: `Idee Nummer ${i}` }),
      });
      expect(res.status).toBe(201);
    }
    const { page } = await newPage(browser);
    await page.goto(`${server.url}/boards/${board.id}`);
    await waitLive(page);
    const cards = page.locator(".idea-list > li");
    await expect.poll(() => cards.count()).toBe(60);
    const more = page.getByRole("button", { name: /Weitere Ideen zeigen \(70 noch nicht angezeigt\)/ });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => cards.count()).toBe(130);
    expect(await more.count()).toBe(0);
    // Focus moved to the first newly shown card, not to the top of the page.
    const focusedIndex = await page.evaluate(() => {
      const items = [...document.querySelectorAll(".idea-list > li")];
      return items.findIndex((li) => li.contains(document.activeElement));
    });
    expect(focusedIndex).toBe(60);
  });
});
