import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
// The one who posts sits at a browser of their own, as a neighbour at home would.
let other: Awaited<ReturnType<typeof launchBrowser>>;
beforeAll(async () => {
  other = await launchBrowser();
});
afterAll(async () => {
  await other?.close();
});

const titles = (page: Page) =>
  page.locator(".ideas .idea-list article h3").evaluateAll((els) => els.map((el) => el.textContent ?? ""));

async function vote(boardIdea: string, name: string) {
  const voter = Person.over(suite.server);
  await voter.register(name);
  await voter.call("PUT", `/api/ideas/${boardIdea}/vote`);
}

describe("pausing the live board (WCAG 2.2.2)", () => {
  it("holds new posts and reorders while paused, counts them, and applies them on resume", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Olga");
    const first = await author.call("POST", `/api/boards/${boardId}/ideas`, { title: "Bank am Spielplatz" });
    const second = await author.call("POST", `/api/boards/${boardId}/ideas`, {
      title: "Bücherschrank im Hof",
    });
    await vote(first.json.idea.id, "Vera");

    const reader = await newPage(suite.browser);
    await recordAnnouncements(reader.context);
    const page = reader.page;
    await page.goto(`${suite.server.url}/boards/${boardId}`);
    await waitLive(page);
    await page.getByRole("article", { name: "Bücherschrank im Hof" }).waitFor();
    expect(await titles(page)).toEqual(["Bank am Spielplatz", "Bücherschrank im Hof"]);

    // Paused by keyboard: the switch names what it does next, the status says it holds.
    const hold = page.getByRole("button", { name: "Live-Änderungen anhalten" });
    await hold.focus();
    await page.keyboard.press("Enter");
    const resume = page.getByRole("button", { name: "Live-Änderungen fortsetzen" });
    await resume.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Live-Änderungen fortsetzen");
    await announced(page, "Live-Änderungen sind angehalten.");
    await page.getByRole("status").getByText("Angehalten: Die Liste bleibt, wie sie ist.").waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    // In another browser someone posts, and two others push the second idea up.
    const poster = await newPage(other);
    await signUpInUi(poster.page, suite.server.url, "Paul", `/boards/${boardId}/new`);
    await poster.page.getByLabel("Titel").fill("Trinkbrunnen am Markt");
    await poster.page.getByRole("button", { name: "Veröffentlichen" }).click();
    await poster.page.waitForURL(`${suite.server.url}/boards/${boardId}`);
    await poster.page.getByRole("article", { name: "Trinkbrunnen am Markt" }).waitFor();
    await vote(second.json.idea.id, "Wim");
    await vote(second.json.idea.id, "Xenia");

    // The paused page counts the new post but shows nothing new and moves nothing.
    await page.getByRole("status").getByText("Angehalten: 1 neuer Beitrag wartet.").waitFor();
    const bookcase = page.getByRole("article", { name: "Bücherschrank im Hof" });
    await bookcase.getByText("2 Stimmen", { exact: true }).waitFor();
    expect(await titles(page)).toEqual(["Bank am Spielplatz", "Bücherschrank im Hof"]);
    expect(await page.getByRole("article", { name: "Trinkbrunnen am Markt" }).count()).toBe(0);
    const said = await page.evaluate(() => (window as unknown as { __said: string[] }).__said);
    expect(said.some((s) => s.includes("Trinkbrunnen am Markt"))).toBe(false);

    // Held for the visit: a reload keeps it.
    await page.reload();
    await waitLive(page);
    await resume.waitFor();
    await page.getByRole("article", { name: "Bücherschrank im Hof" }).waitFor();

    // Resumed: the waiting post appears and the order follows the votes.
    await resume.focus();
    await page.keyboard.press("Space");
    await hold.waitFor();
    await announced(page, "Live-Änderungen laufen wieder.");
    await page.getByRole("article", { name: "Trinkbrunnen am Markt" }).waitFor();
    expect(await titles(page)).toEqual([
      "Bücherschrank im Hof",
      "Bank am Spielplatz",
      "Trinkbrunnen am Markt",
    ]);
    expect(await page.getByRole("status").getByText("Angehalten", { exact: false }).count()).toBe(0);

    await poster.context.close();
    await reader.context.close();
  });
});
