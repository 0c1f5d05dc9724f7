import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Presses Tab until the element with `id` has focus; fails if it is not reachable. */
async function tabTo(page: Page, id: string, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if ((await focusedId(page)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`#${id} was not reached with ${limit} presses of Tab`);
}

describe("keyboard only", () => {
  it("fills and submits the post form without a pointer", async () => {
    const boardId = await firstBoardId(suite.server);
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Kemal", `/boards/${boardId}/new`);
    // A fresh load, so focus starts at the top of the document.
    await page.goto(`${suite.server.url}/boards/${boardId}/new`);
    await heading(page, "Idee teilen");
    await page.locator("#title").waitFor();

    // The skip link comes first and moves focus to the main content.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Zum Inhalt springen");
    await page.keyboard.press("Enter");
    expect(await focusedId(page)).toBe("main");

    // Submitting empty puts focus on the first field that needs attention.
    await tabTo(page, "title");
    await tabTo(page, "");
    await page.waitForFunction(() => document.activeElement?.textContent === "Veröffentlichen");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "title");
    expect(await page.getAttribute("#title", "aria-invalid")).toBe("true");
    expect(await page.getAttribute("#title", "aria-describedby")).toContain("title-error");

    await page.keyboard.type("Fahrradständer am Bahnhof");
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("body");
    await page.keyboard.type("Die Räder stehen kreuz und quer auf dem Gehweg.");
    // Into the radio group (on "Idee"), arrow to "Problem".
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("kind-idea");
    await page.keyboard.press("ArrowDown");
    expect(await focusedId(page)).toBe("kind-problem");
    expect(await page.isChecked("#kind-problem")).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focusedId(page)).toBe("category");
    // First option is "Keine Kategorie"; one step down is the board's first category.
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#category")).toBe("Begegnung");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Veröffentlichen");
    await page.keyboard.press("Enter");

    await page.waitForURL(`${suite.server.url}/boards/${boardId}`);
    const card = page.getByRole("article", { name: "Fahrradständer am Bahnhof" });
    await card.waitFor();
    await card.getByText("Problem", { exact: true }).waitFor();
    await card.getByText("Begegnung", { exact: true }).waitFor();
    // After posting, focus sits on the note that says what happens next, beside the post.
    await page.waitForFunction(() => document.activeElement?.id === "posted-note");
    expect(await page.locator("#posted-note").textContent()).toContain("Danke!");
    await context.close();
  });
});
