import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();
// The resident sits at another computer: a second Chromium of their own.
const residentsBrowser = launchBrowser();
afterAll(async () => (await residentsBrowser).close());

/** A marker a reload would wipe out: proves a change arrived live. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
}
async function stayed(page: Page) {
  return page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
}

async function expectNoViolations(page: Page) {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

describe("the manager's desk, live", () => {
  it("shows a resident's new post in the open queue without reload or polling, and what waits for an answer", async () => {
    const board = seedBoard(suite.server.services, { title: "Spielplätze", moderation: "pre" });
    const manager = await makeManager(suite.server);
    const api = await signedInManager(suite.server.services, Person.over(suite.server), "Mia Manager");

    // The manager has the queue open. The page's clock is under the test's control, so
    // time can pass without waiting: a page that polled would ask again.
    const desk = await newPage(suite.browser);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    await recordAnnouncements(desk.context);
    await desk.page.clock.install();
    const queueFetches: string[] = [];
    desk.page.on("request", (req) => {
      if (new URL(req.url()).pathname === "/api/moderation/queue") queueFetches.push(req.url());
    });
    let deskFrames = 0;
    desk.page.on("websocket", (ws) => {
      if (ws.url().endsWith("/sync/desk:managers")) ws.on("framereceived", () => deskFrames++);
    });
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.getByRole("link", { name: "Moderation", exact: true }).click();
    await heading(desk.page, "Moderation");
    await desk.page.getByText("Nichts wartet auf Freigabe.").waitFor();
    await desk.page
      .getByRole("navigation", { name: "Moderation" })
      .getByRole("link", { name: "Wartet auf Antwort", exact: true })
      .waitFor();
    // The desk document's first sync has arrived (and, with it, the fetch it causes).
    await expect.poll(() => deskFrames).toBeGreaterThan(0);
    await desk.page.waitForLoadState("networkidle");
    await markPage(desk.page);
    const settled = queueFetches.length;
    await desk.page.clock.runFor(30_000);
    expect(queueFetches.length).toBe(settled);

    // A resident posts on the pre-moderated board from the other browser.
    const rita = await newPage(await residentsBrowser);
    await signUpInUi(rita.page, suite.server.url, "Rita", `/boards/${board.id}/new`);
    await rita.page.getByLabel("Titel").fill("Sandkasten erneuern");
    await rita.page.getByRole("button", { name: "Veröffentlichen" }).click();
    await rita.page.waitForURL(`${suite.server.url}/boards/${board.id}`);

    // The manager's queue shows it without a reload, the header counts it, and says so.
    const pending = desk.page.getByRole("article", { name: "Sandkasten erneuern" });
    await pending.waitFor();
    expect(await stayed(desk.page)).toBe(true);
    await desk.page.getByRole("link", { name: "Moderation (1 offen)" }).waitFor();
    const badge = desk.page
      .getByRole("navigation", { name: "Hauptnavigation" })
      .getByRole("link", { name: "Wartet auf Antwort (1 Beitrag wartet auf Antwort)" });
    await badge.waitFor();
    await announced(desk.page, "1 Beitrag wartet auf Antwort");
    // Fetched because something changed, and again only when something changes.
    expect(queueFetches.length).toBeGreaterThan(settled);
    await desk.page.waitForLoadState("networkidle");
    const afterPost = queueFetches.length;
    await desk.page.clock.runFor(30_000);
    expect(queueFetches.length).toBe(afterPost);

    // The waiting page, from the header, by keyboard.
    await badge.focus();
    await desk.page.keyboard.press("Enter");
    await heading(desk.page, "Wartet auf Antwort");
    const waiting = desk.page.getByRole("article", { name: "Sandkasten erneuern" });
    await waiting.getByText("seit heute").waitFor();
    await waiting.getByText("Spielplätze", { exact: false }).waitFor();
    await expectNoViolations(desk.page);

    // Answered elsewhere: the list empties live, with a friendly word.
    const id = ((await api.call("GET", "/api/moderation/waiting")).json as { waiting: { id: string }[] })
      .waiting[0]?.id;
    expect(id).toBeDefined();
    expect((await api.call("POST", `/api/ideas/${id}/approve`)).status).toBe(200);
    expect(
      (
        await api.call("POST", `/api/ideas/${id}/status`, {
          status: "reviewing",
          reason: "Wir schauen es uns an.",
        })
      ).status,
    ).toBe(200);
    await desk.page.getByText("Alles beantwortet").waitFor();
    await badge.waitFor({ state: "detached" });
    await expectNoViolations(desk.page);

    // Keyboard: a new post, and Tab reaches its "Antworten" link, which opens the idea.
    const second = await rita.page.evaluate(async (boardId) => {
      const res = await fetch(`/api/boards/${boardId}/ideas`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Schaukel reparieren" }),
      });
      return ((await res.json()) as { idea: { id: string } }).idea.id;
    }, board.id);
    const answer = desk.page
      .getByRole("article", { name: "Schaukel reparieren" })
      .getByRole("link", { name: "Antworten" });
    await answer.waitFor();
    for (let i = 0; i < 40; i++) {
      if (await answer.evaluate((el) => el === document.activeElement)) break;
      await desk.page.keyboard.press("Tab");
    }
    expect(await answer.evaluate((el) => el === document.activeElement)).toBe(true);
    await desk.page.keyboard.press("Enter");
    await desk.page.waitForURL((url) => url.pathname === `/ideas/${second}`);
    await desk.page.getByRole("heading", { name: "Schaukel reparieren" }).first().waitFor();

    await rita.context.close();
    await desk.context.close();
  });
});
