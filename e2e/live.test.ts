import { describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("live board", () => {
  it("shows another person's new idea and vote without a reload", async () => {
    const boardId = await firstBoardId(suite.server);
    const boardUrl = `${suite.server.url}/boards/${boardId}`;
    const a = await newPage(suite.browser);
    const b = await newPage(suite.browser);

    // B opens the board first and stays on it.
    await b.page.goto(boardUrl);
    await waitLive(b.page);
    await b.page.getByText("Hier gibt es noch keine Beiträge", { exact: false }).waitFor();
    // A marker that a reload would wipe out.
    await b.page.evaluate(() => {
      (window as unknown as { stayedOnPage: boolean }).stayedOnPage = true;
    });

    // A signs up, posts an idea, lands on the board.
    await signUpInUi(a.page, suite.server.url, "Anna", `/boards/${boardId}/new`);
    await a.page.getByLabel("Titel").fill("Bänke am Bürgerpark");
    await a.page.getByLabel("Beschreibung").fill("Mehr Sitzplätze für ältere Nachbarinnen und Nachbarn.");
    await a.page.getByLabel("Kategorie").selectOption("Begegnung");
    await a.page.getByRole("button", { name: "Veröffentlichen" }).click();
    await a.page.waitForURL(boardUrl);
    const cardA = a.page.getByRole("article", { name: "Bänke am Bürgerpark" });
    await cardA.waitFor();

    // B sees it arrive, with a polite announcement.
    const cardB = b.page.getByRole("article", { name: "Bänke am Bürgerpark" });
    await cardB.waitFor();
    await cardB.getByText("0 Stimmen", { exact: true }).waitFor();
    await b.page.waitForFunction(() =>
      [...document.querySelectorAll('[aria-live="polite"]')].some(
        (el) => el.textContent === "Neue Idee: Bänke am Bürgerpark",
      ),
    );

    // A votes; the toggle is pressed at once and B's count follows.
    const vote = cardA.getByRole("button", { name: /^Unterstütz/ });
    expect(await vote.getAttribute("aria-pressed")).toBe("false");
    await vote.click();
    await cardA.locator('button[aria-pressed="true"]').waitFor();
    await cardA.getByText("1 Stimme", { exact: true }).waitFor();
    await cardB.getByText("1 Stimme", { exact: true }).waitFor();

    // Withdrawing the vote travels the same way.
    await vote.click();
    await cardA.locator('button[aria-pressed="false"]').waitFor();
    await cardB.getByText("0 Stimmen", { exact: true }).waitFor();

    const stayed = await b.page.evaluate(
      () => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage,
    );
    expect(stayed).toBe(true);
    // Anonymous B is offered a sign-in instead of a vote button.
    expect(await cardB.getByRole("button", { name: "Unterstützen" }).count()).toBe(0);
    await cardB.getByRole("link", { name: "Zum Abstimmen anmelden" }).waitFor();

    await a.context.close();
    await b.context.close();
  });

  it("keeps showing the board when the network goes away, and says so", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Otto");
    await author.call("POST", `/api/boards/${boardId}/ideas`, { title: "Tauschregal im Treppenhaus" });
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${boardId}`);
    await waitLive(page);
    const card = page.getByRole("article", { name: "Tauschregal im Treppenhaus" });
    await card.waitFor();

    await context.setOffline(true);
    await waitLive(page, "Offline – du siehst den letzten Stand");
    await card.waitFor();
    expect(await card.isVisible()).toBe(true);

    await context.setOffline(false);
    await waitLive(page);
    await card.waitFor();
    await context.close();
  });
});
