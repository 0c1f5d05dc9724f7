import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, pageApi, recordAnnouncements, valueContains } from "./support/page-api.ts";
import { shootAtWidths } from "./support/screens.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

const BODY = "#cowrite-body";

const TEXT = "Die Bank am Spielplatz ist kaputt. Eine neue mit Lehne wäre schön.";

const bodyIs = (page: Page, value: string) =>
  page.waitForFunction(
    ({ selector, value }) =>
      (document.querySelector(selector) as HTMLTextAreaElement | null)?.value === value,
    { selector: BODY, value },
  );

describe("versions of an idea's text", () => {
  it("lets a co-writer bring back a wiped text; every open editor follows", async () => {
    const boardId = await firstBoardId(suite.server);
    const a = await newPage(suite.browser);
    const b = await newPage(suite.browser);
    await recordAnnouncements(b.context);
    await signUpInUi(a.page, suite.server.url, "Anna");
    await signUpInUi(b.page, suite.server.url, "Ben");
    const created = await pageApi<{ idea: { id: string } }>(a.page, "POST", `/api/boards/${boardId}/ideas`, {
      title: "Neue Bank am Spielplatz",
      body: TEXT,
    });
    expect(created.status).toBe(201);
    const ideaId = created.json.idea.id;
    const ben = await pageApi<{ user: { id: string } }>(b.page, "GET", "/api/me");
    expect((await pageApi(a.page, "PUT", `/api/ideas/${ideaId}/coauthors/${ben.json.user.id}`)).status).toBe(
      204,
    );

    for (const { page } of [a, b]) {
      await page.goto(`${suite.server.url}/ideas/${ideaId}`);
      await heading(page, "Neue Bank am Spielplatz");
      await waitLive(page);
      await valueContains(page, BODY, TEXT);
    }

    // Anna wipes the description; Ben's editor follows.
    await a.page.locator(BODY).click();
    await a.page.keyboard.press("Control+A");
    await a.page.keyboard.press("Delete");
    await bodyIs(b.page, "");

    // Ben opens the versions by keyboard: the text as posted is there, by Anna.
    const toggle = b.page.getByRole("button", { name: "Versionen" });
    await toggle.focus();
    await b.page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const list = b.page.getByRole("list", { name: "Gespeicherte Fassungen, die neueste zuerst" });
    const first = list.getByRole("listitem").last();
    await first.getByText("Erste Fassung").waitFor();
    await first.getByText("von Anna").waitFor();
    await first.getByText(TEXT).waitFor();
    expect(describeViolations(await axeViolations(b.page))).toEqual([]);

    // Restore asks first; the question gets focus, then Ben confirms.
    await first.getByRole("button", { name: /^Wiederherstellen/ }).click();
    const question = first.getByText(/wiederherstellen\? Alle sehen ihn sofort/);
    await question.waitFor();
    expect(await question.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(describeViolations(await axeViolations(b.page))).toEqual([]);
    await first.getByRole("button", { name: "Ja, wiederherstellen" }).click();

    // Both editors show the text again; Ben hears it, and the list now starts with the wipe.
    await bodyIs(b.page, TEXT);
    await bodyIs(a.page, TEXT);
    await announced(b.page, "ist wiederhergestellt.");
    const items = list.getByRole("listitem");
    await b.page.waitForFunction(() => document.querySelectorAll(".version").length === 2);
    await items.first().getByText("von Anna").waitFor();
    await items
      .first()
      .getByText(/Zeichen entfernt/)
      .waitFor();
    await items.last().getByText("Aktueller Text").waitFor();
    expect(describeViolations(await axeViolations(b.page))).toEqual([]);
    await shootAtWidths(
      b.page,
      "versions-restored",
      b.page.getByRole("list", { name: "Gespeicherte Fassungen, die neueste zuerst" }),
    );

    // SQL holds it too (the card on the board, search, exports).
    const answer = await fetch(`${suite.server.url}/api/ideas/${ideaId}`);
    expect(((await answer.json()) as { idea: { body: string } }).idea.body).toBe(TEXT);

    await a.context.close();
    await b.context.close();
  });
});
