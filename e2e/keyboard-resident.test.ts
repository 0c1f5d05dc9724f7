import { beforeAll, describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { focusLandsOn, focusVisible, hasFocus, tabTo } from "./support/keys.ts";
import { pageApi, valueContains } from "./support/page-api.ts";
import { firstBoardId, PASSWORD, uniqueEmail } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi, waitLive } from "./support/ui.ts";

// A resident's tasks with the keyboard alone: no click, no fill; Tab, Enter, Space, Escape.
const suite = serverAndBrowser();
let boardId: string;
let ideaId: string;

beforeAll(async () => {
  boardId = await firstBoardId(suite.server);
  const rosa = Person.over(suite.server);
  await rosa.register("Rosa");
  const posted = await rosa.call("POST", `/api/boards/${boardId}/ideas`, {
    title: "Trinkbrunnen am Marktplatz",
    body: "Im Sommer fehlt Wasser.",
  });
  ideaId = posted.json.idea.id;
});

describe("a resident's tasks by keyboard", () => {
  it("signs up, posts an idea and votes", async () => {
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/signup?next=${encodeURIComponent(`/boards/${boardId}`)}`);
    await heading(page, "Konto anlegen");
    await tabTo(page, page.getByLabel("Name", { exact: true }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.type("Kira");
    await tabTo(page, page.getByLabel("E-Mail-Adresse"));
    await page.keyboard.type(uniqueEmail("kira"));
    await tabTo(page, page.getByLabel("Passwort", { exact: true }));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByText("Angemeldet als Kira").waitFor({ state: "attached" });
    await page.waitForURL(`${suite.server.url}/boards/${boardId}`);
    await waitLive(page);

    // Post: the board's link, the form, publish.
    await tabTo(page, page.getByRole("link", { name: "Idee teilen" }));
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await heading(page, "Idee teilen");
    await tabTo(page, page.locator("#title"));
    await page.keyboard.type("Schattenplätze am Spielplatz");
    await tabTo(page, page.getByRole("button", { name: "Veröffentlichen" }));
    await page.keyboard.press("Enter");
    await page.waitForURL(`${suite.server.url}/boards/${boardId}`);
    await page.getByRole("article", { name: "Schattenplätze am Spielplatz" }).waitFor();
    await focusLandsOn(page.locator("#posted-note"));

    // Vote for a neighbour's idea with Space; the toggle says it is pressed.
    const card = page.getByRole("article", { name: "Trinkbrunnen am Marktplatz" });
    const vote = card.getByRole("button", { name: /^Unterstütz/ });
    await tabTo(page, vote);
    expect(await focusVisible(page)).toBe(true);
    await page.keyboard.press("Space");
    await card.locator('button[aria-pressed="true"]').waitFor();
    await card.getByText("1 Stimme", { exact: true }).waitFor();
    expect(await hasFocus(vote)).toBe(true);
    await context.close();
  });

  it("comments and reports, and Escape closes the report form", async () => {
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Lars", `/ideas/${ideaId}`);
    await page.goto(`${suite.server.url}/ideas/${ideaId}`);
    await heading(page, "Trinkbrunnen am Marktplatz");
    await waitLive(page);

    const comments = page.getByRole("region", { name: /Kommentare/ });
    const field = comments.getByLabel("Dein Kommentar");
    await tabTo(page, field);
    await page.keyboard.type("Ein Brunnen am Spielplatz wäre schön.");
    await tabTo(page, comments.getByRole("button", { name: "Kommentieren" }));
    await page.keyboard.press("Enter");
    await comments.getByRole("article", { name: "Kommentar von Lars" }).waitFor();
    expect(await field.inputValue()).toBe("");

    // Report: the button opens a form with focus in it; Escape closes it and focus returns.
    await page.keyboard.press("Control+Home");
    const report = page.getByRole("button", { name: "Melden …" }).first();
    await tabTo(page, report, { back: true });
    await page.keyboard.press("Enter");
    const reason = page.getByLabel("Was stimmt mit diesem Beitrag nicht?");
    await focusLandsOn(reason);
    expect(await report.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    await reason.waitFor({ state: "detached" });
    await focusLandsOn(report);
    expect(await report.getAttribute("aria-expanded")).toBe("false");

    await page.keyboard.press("Enter");
    await focusLandsOn(reason);
    await page.keyboard.type("Der Titel verspricht zu viel.");
    await tabTo(page, page.getByRole("button", { name: "Meldung senden" }));
    await page.keyboard.press("Enter");
    // Focus goes to the thanks that replaces the form.
    await focusLandsOn(page.locator("#report-sent"));
    expect(await page.locator("#report-sent").textContent()).toContain("Danke!");
    await context.close();
  });

  it("adds a co-writer, who then writes in the shared text", async () => {
    const author = await newPage(suite.browser);
    const ben = await newPage(suite.browser);
    await signUpInUi(ben.page, suite.server.url, "Ben");
    await signUpInUi(author.page, suite.server.url, "Anna");
    const created = await pageApi<{ idea: { id: string } }>(
      author.page,
      "POST",
      `/api/boards/${boardId}/ideas`,
      { title: "Tauschregal im Hof", body: "Bücher und Spiele." },
    );
    const id = created.json.idea.id;
    await pageApi(ben.page, "PUT", `/api/ideas/${id}/vote`);

    await author.page.goto(`${suite.server.url}/ideas/${id}`);
    await waitLive(author.page);
    const panel = author.page.getByRole("region", { name: "Mitschreibende" });
    await tabTo(author.page, panel.getByLabel("Person zum Mitschreiben suchen"));
    await author.page.keyboard.type("Be");
    await panel
      .getByRole("status")
      .getByText(/gefunden/)
      .waitFor();
    await tabTo(author.page, panel.getByRole("button", { name: "Hinzufügen Ben" }));
    await author.page.keyboard.press("Enter");
    await panel.getByRole("button", { name: "Entfernen Ben" }).waitFor();

    await ben.page.goto(`${suite.server.url}/ideas/${id}`);
    await waitLive(ben.page);
    await tabTo(ben.page, ben.page.getByLabel("Beschreibung"));
    await ben.page.keyboard.press("Control+End");
    await ben.page.keyboard.type(" Für alle im Haus.");
    await valueContains(author.page, "#cowrite-body", "Bücher und Spiele. Für alle im Haus.");
    await author.context.close();
    await ben.context.close();
  });
});
