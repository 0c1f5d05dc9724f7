import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
let boardId: string;
let ideaId: string;

beforeAll(async () => {
  boardId = await firstBoardId(suite.server);
  // Content to check: one idea with a body, a category and a vote.
  const resident = Person.over(suite.server);
  await resident.register("Rosa");
  const posted = await resident.call("POST", `/api/boards/${boardId}/ideas`, {
    title: "Trinkbrunnen am Marktplatz",
    body: "Im Sommer wäre ein Trinkbrunnen für alle eine große Hilfe.",
    kind: "idea",
    category: "Grün & Umwelt",
  });
  ideaId = posted.json.idea.id;
  await resident.call("PUT", `/api/ideas/${ideaId}/vote`);
});

async function expectNoViolations(page: Page, label: string) {
  const lines = describeViolations(await axeViolations(page));
  expect(lines, `${label}:\n${lines.join("\n")}`).toEqual([]);
}

describe("WCAG 2.1 AA (axe-core)", () => {
  it("has no violations on the public pages, in German", async () => {
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/`);
    await heading(page, "Themen");
    await page.getByRole("link", { name: "Ideen für unser Viertel" }).waitFor();
    await expectNoViolations(page, "boards list");

    await page.goto(`${suite.server.url}/boards/${boardId}`);
    await waitLive(page);
    await page.getByRole("article", { name: "Trinkbrunnen am Marktplatz" }).waitFor();
    await expectNoViolations(page, "board (anonymous)");

    await page.goto(`${suite.server.url}/ideas/${ideaId}`);
    await heading(page, "Trinkbrunnen am Marktplatz");
    await expectNoViolations(page, "idea");

    await page.goto(`${suite.server.url}/signup`);
    await heading(page, "Konto anlegen");
    await expectNoViolations(page, "signup");
    // With every field in its error state.
    await page.getByRole("button", { name: "Konto anlegen" }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoViolations(page, "signup with errors");

    await page.goto(`${suite.server.url}/login`);
    await heading(page, "Anmelden");
    await expectNoViolations(page, "login");

    await page.goto(`${suite.server.url}/manage`);
    await heading(page, "Themen verwalten");
    await page.getByText("nur für die Quartiersmanagerin", { exact: false }).waitFor();
    await expectNoViolations(page, "manage (not a manager)");
    await context.close();
  });

  it("has no violations on the signed-in pages, in German", async () => {
    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);

    await page.goto(`${suite.server.url}/boards/${boardId}`);
    await waitLive(page);
    const card = page.getByRole("article", { name: "Trinkbrunnen am Marktplatz" });
    await card.getByRole("button", { name: "Unterstützen" }).click();
    await card.locator('button[aria-pressed="true"]').waitFor();
    await expectNoViolations(page, "board (signed in, voted)");

    await page.goto(`${suite.server.url}/boards/${boardId}/new`);
    await heading(page, "Idee teilen");
    await page.getByLabel("Titel").waitFor();
    await expectNoViolations(page, "post form");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
    await expectNoViolations(page, "post form with errors");

    await page.goto(`${suite.server.url}/manage`);
    await heading(page, "Themen verwalten");
    await page.getByRole("heading", { name: "Neues Thema anlegen" }).waitFor();
    await page
      .getByRole("button", { name: /Bearbeiten/ })
      .first()
      .click();
    await page.getByRole("button", { name: "Änderungen speichern" }).waitFor();
    await expectNoViolations(page, "manage (with the editor open)");
    await context.close();
  });

  it("has no violations on the board page in English", async () => {
    // An English browser gets English on its first visit, without choosing.
    const { context, page } = await newPage(suite.browser, { locale: "en-GB" });
    await page.goto(`${suite.server.url}/boards/${boardId}`);
    await page.waitForFunction(() => document.documentElement.lang === "en");
    await waitLive(page, "Live");
    await page.getByText("Log in to vote").waitFor();
    await expectNoViolations(page, "board (English)");
    await context.close();
  });
});
