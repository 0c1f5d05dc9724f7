import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

async function expectAxeClean(page: Page, label: string) {
  const lines = describeViolations(await axeViolations(page));
  expect(lines, `${label}:\n${lines.join("\n")}`).toEqual([]);
}

/** What has focus: its id, or else its text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.id || el?.textContent?.trim() || "";
  });

/** Presses Tab until the element with this id or text has focus; fails if it is not reachable. */
async function tabTo(page: Page, target: string, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${target} was not reached with ${limit} presses of Tab`);
}

const message = "Auf dem Handy ist der Knopf „Unterstützen“ schwer zu treffen.";

describe("accessibility statement and help", () => {
  it("takes feedback by keyboard alone, from someone not signed in, to the manager's inbox", async () => {
    const url = suite.server.url;
    const boardId = await firstBoardId(suite.server);
    const manager = await makeManager(suite.server, "Mona aus dem Büro");
    const { page } = await newPage(suite.browser);

    // From a board page's footer to the statement, by keyboard.
    await page.goto(`${url}/boards/${boardId}`);
    await heading(page, /.+/);
    await tabTo(page, "Erklärung zur Barrierefreiheit");
    await page.keyboard.press("Enter");
    await heading(page, "Erklärung zur Barrierefreiheit");
    for (const part of [
      "Welche Anforderungen gelten",
      "Wie barrierefrei Quer ist",
      "Schlichtungsverfahren",
    ]) {
      await page.getByRole("heading", { level: 2, name: part }).waitFor();
    }
    await page.getByText("Ombudsstelle für barrierefreie Informationstechnik", { exact: false }).waitFor();
    await expectAxeClean(page, "statement");

    // Sending it empty shows the error and puts focus on the message field.
    await tabTo(page, "Nachricht senden");
    await page.keyboard.press("Enter");
    await page.locator('#feedback-message[aria-invalid="true"]').waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "feedback-message");
    await expectAxeClean(page, "statement with a form error");

    // A page off this site is refused before anything is sent.
    await page.keyboard.type(message);
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("feedback-page");
    await page.keyboard.type("https://example.org/");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("feedback-replyTo");
    await page.keyboard.type("leser@example.org");
    await page.keyboard.press("Enter");
    await page.locator('#feedback-page[aria-invalid="true"]').waitFor();
    expect(await focused(page)).toBe("feedback-page");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("/hilfe");
    await page.keyboard.press("Enter");

    // The thanks take the form's place and focus.
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Danke!"));
    await page.getByText("Wir antworten dir an leser@example.org.").waitFor();
    await expectAxeClean(page, "statement after sending");

    // The manager reads it in the inbox, with the page and where to answer.
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, url, manager);
    await desk.page.goto(`${url}/notifications`);
    await heading(desk.page, "Benachrichtigungen");
    const notice = desk.page.locator(".notice").filter({ hasText: "Rückmeldung zur Barrierefreiheit" });
    await notice.getByText(message).waitFor();
    expect(await notice.getByRole("link", { name: "/hilfe" }).getAttribute("href")).toBe("/hilfe");
    expect(await notice.getByRole("link", { name: "leser@example.org" }).getAttribute("href")).toBe(
      "mailto:leser@example.org",
    );
    await notice.getByText("Gesendet ohne Anmeldung.").waitFor();
    await expectAxeClean(desk.page, "inbox with feedback");
  });

  it("shows the help with a picture and alt text for every step, linked from the footer", async () => {
    const url = suite.server.url;
    const { page } = await newPage(suite.browser);
    await page.goto(`${url}/login`);
    await heading(page, "Anmelden");
    await tabTo(page, "So geht's");
    await page.keyboard.press("Enter");
    await heading(page, "So geht's");
    const steps = page.locator(".help-step");
    expect(await steps.count()).toBe(9);
    // Every picture loads and is described.
    await page.evaluate(() =>
      Promise.all(
        [...document.images].map((img) => {
          img.loading = "eager";
          return img.decode();
        }),
      ),
    );
    const pictures = await page
      .locator(".help-picture")
      .evaluateAll((imgs) =>
        imgs.map((i) => ({ alt: (i as HTMLImageElement).alt, width: (i as HTMLImageElement).naturalWidth })),
      );
    expect(pictures).toHaveLength(9);
    for (const p of pictures) {
      expect(p.alt.length).toBeGreaterThan(10);
      expect(p.width).toBe(390);
    }
    await expectAxeClean(page, "help");

    // Its last link leads to the form.
    await tabTo(
      page,
      "Etwas ist nicht klar, oder etwas funktioniert für dich nicht? Schreib uns über das Formular in der Erklärung zur Barrierefreiheit.",
    );
    await page.keyboard.press("Enter");
    await heading(page, "Erklärung zur Barrierefreiheit");
  });
});
