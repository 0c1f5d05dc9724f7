import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { focusLandsOn, focusVisible, tabTo } from "./support/keys.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi } from "./support/ui.ts";

// The office's tasks with the keyboard alone: the queue, the answer, the project.
const suite = serverAndBrowser();

/** Chooses an option of a closed select with the arrow keys, as a keyboard user does. */
async function arrowToOption(page: Page, selector: string, value: string) {
  for (const key of ["ArrowDown", "ArrowUp"]) {
    for (let i = 0; i < 10; i++) {
      if ((await page.inputValue(selector)) === value) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`${selector} never took ${value}`);
}

describe("the office's tasks by keyboard", () => {
  it("approves and hides in the queue, answers with a status and a reason, makes a project", async () => {
    const board = seedBoard(suite.server.services, { title: "Spielplätze", moderation: "pre" });
    const rita = Person.over(suite.server);
    await rita.register("Rita");
    const post = async (boardId: string, title: string) =>
      (await rita.call("POST", `/api/boards/${boardId}/ideas`, { title })).json.idea.id as string;
    const sand = await post(board.id, "Sandkasten erneuern");
    await post(board.id, "Werbung für einen Laden");
    const fest = await post(await firstBoardId(suite.server), "Hoffest im Sommer");

    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/moderation`);
    await heading(page, "Moderation");

    // Approve: Enter on the button; focus goes to what was just done.
    const sandCard = page.getByRole("article", { name: "Sandkasten erneuern" });
    await tabTo(page, sandCard.getByRole("button", { name: "Freigeben" }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await sandCard.waitFor({ state: "detached" });
    await focusLandsOn(page.locator("#handled-heading"));

    // Hide: the reason form opens with focus in its field; sent with the keyboard.
    const adCard = page.getByRole("article", { name: "Werbung für einen Laden" });
    await tabTo(page, adCard.getByRole("button", { name: "Verbergen …" }));
    await page.keyboard.press("Enter");
    await focusLandsOn(adCard.getByLabel("Grund", { exact: false }));
    await page.keyboard.type("Werbung gehört nicht hierher.");
    await tabTo(page, adCard.getByRole("button", { name: "Verbergen", exact: true }));
    await page.keyboard.press("Enter");
    await adCard.waitFor({ state: "detached" });
    await focusLandsOn(page.locator("#handled-heading"));
    await page
      .getByRole("region", { name: "Gerade erledigt" })
      .getByText("Werbung für einen Laden", { exact: false })
      .first()
      .waitFor();

    // Answer: a status chosen with the arrow keys and a public reason.
    await page.goto(`${suite.server.url}/ideas/${sand}`);
    await heading(page, "Sandkasten erneuern");
    const form = page.getByRole("form", { name: "Status und Antwort" });
    await tabTo(page, form.getByLabel("Status", { exact: true }));
    await arrowToOption(page, "#status-status", "declined");
    await tabTo(page, form.getByLabel("Öffentliche Begründung"));
    await page.keyboard.type("Der Sandkasten wurde im Frühjahr erneuert.");
    await tabTo(page, form.getByRole("button", { name: "Status speichern" }));
    await page.keyboard.press("Enter");
    await page.getByText("Status: Abgelehnt").waitFor();
    await page.getByText("Begründung: Der Sandkasten wurde im Frühjahr erneuert.").waitFor();

    // Promote: the idea becomes a project.
    await page.goto(`${suite.server.url}/ideas/${fest}`);
    await heading(page, "Hoffest im Sommer");
    await tabTo(page, page.getByRole("button", { name: "Zum Projekt machen" }));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/projects/"));
    await heading(page, /Hoffest im Sommer/);
    await context.close();
  });
});
