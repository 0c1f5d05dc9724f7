import { describe, expect, it } from "vitest";
import { cookieName } from "../server/src/auth/cookie.ts";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { workshopsEn } from "../server/src/workshops/messages.en.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("the minutes in the reader's language", () => {
  it("shows the minutes page and downloads its Markdown in English, the file name keeping its umlauts", async () => {
    const board = seedBoard(suite.server.services, { title: "Abend am Grünzug", mode: "workshop" });
    const app = { request: (path: string, init: RequestInit) => fetch(suite.server.url + path, init) };
    const { person } = personAs(suite.server.services, app, "manager", { name: "Maria" });
    const started = await fetch(`${suite.server.url}/api/boards/${board.id}/session`, {
      method: "POST",
      headers: { origin: suite.server.url, cookie: person.cookie },
    });
    expect(started.status).toBe(201);
    const { context, page } = await newPage(suite.browser);
    const session = person.cookie.slice(person.cookie.indexOf("=") + 1);
    await context.addCookies([
      { name: cookieName(suite.server.services.config), value: session, url: suite.server.url },
      { name: "quer_locale", value: "en", url: suite.server.url },
    ]);
    await context.addInitScript(() => localStorage.setItem("quer.locale", "en"));
    await page.goto(`${suite.server.url}/workshop/${board.id}/minutes`);
    const m = workshopsEn.minutes;
    await heading(page, m.heading("Abend am Grünzug"));
    await page.getByRole("heading", { name: m.course }).waitFor();
    await page.getByRole("heading", { name: m.decisions }).waitFor();
    await page.getByText(m.noIdeas).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("Abend-am-Grünzug-minutes.md");
    await context.close();
  });
});
