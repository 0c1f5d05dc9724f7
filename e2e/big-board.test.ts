import { describe, expect, it } from "vitest";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("a big board", () => {
  it("shows the first cards at once and the rest on request, keeping keyboard focus in place", async () => {
    const board = seedBoard(suite.server.services, { title: "Großes Board" });
    const app = { request: (path: string, init: RequestInit) => fetch(suite.server.url + path, init) };
    // Several authors: one person may only post so fast.
    const authors = Array.from({ length: 5 }, (_, i) =>
      personAs(suite.server.services, app, "resident", { name: `Nachbar ${i}` }),
    );
    for (let i = 0; i < 130; i++) {
      const cookie = authors[i % authors.length]?.person.cookie ?? "";
      const res = await fetch(`${suite.server.url}/api/boards/${board.id}/ideas`, {
        method: "POST",
        headers: { origin: suite.server.url, cookie, "content-type": "application/json" },
        body: JSON.stringify({ title: `Idee Nummer ${i}` }),
      });
      expect(res.status).toBe(201);
    }
    const { page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${board.id}`);
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
