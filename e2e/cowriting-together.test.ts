import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements, valueContains } from "./support/page-api.ts";
import { shootAtWidths } from "./support/screens.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { logInInUi, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

const BODY = "#cowrite-body";
const TITLE = "#cowrite-title";

/** A board where every resident may co-write, and an idea on it by a resident. */
async function sharedIdea(body: string): Promise<string> {
  const manager = await signedInManager(suite.server.services, Person.over(suite.server));
  const board = await manager.call("POST", "/api/boards", {
    title: "Werkstatt im Hof",
    coWriting: "residents",
  });
  expect(board.status).toBe(201);
  const author = Person.over(suite.server);
  await author.register("Rosa");
  const idea = await author.call("POST", `/api/boards/${board.json.board.id}/ideas`, {
    title: "Bank im Hof",
    body,
  });
  expect(idea.status).toBe(201);
  return `/ideas/${idea.json.idea.id}`;
}

async function openEditor(page: Page, body: string): Promise<void> {
  await page.getByLabel("Beschreibung").waitFor();
  await waitLive(page);
  await valueContains(page, BODY, body);
}

const bodyIs = (page: Page, value: string) =>
  page.waitForFunction(
    ({ selector, value }) => (document.querySelector(selector) as HTMLTextAreaElement).value === value,
    { selector: BODY, value },
  );

const bodyLength = (page: Page) =>
  page.locator(BODY).evaluate((el) => (el as HTMLTextAreaElement).value.length);

describe("writing together at one spot", () => {
  it("keeps each person's words whole when two type at the same place, letter for letter", async () => {
    const start = "Material:";
    const ideaUrl = await sharedIdea(start);
    const erika = await newPage(suite.browser);
    const hans = await newPage(suite.browser);
    await signUpInUi(erika.page, suite.server.url, "Erika", ideaUrl);
    await signUpInUi(hans.page, suite.server.url, "Hans", ideaUrl);
    for (const { page } of [erika, hans]) {
      await openEditor(page, start);
      await page.locator(BODY).click();
      await page.keyboard.press("Control+End");
    }

    // Both at the end of the text; each letter reaches the other before the next is typed,
    // the hardest case for a caret: the other's letter lands exactly where it stands.
    const words: [Page, string][] = [
      [erika.page, " Erika: Holz."],
      [hans.page, " Hans: Metall."],
    ];
    let length = start.length;
    for (let i = 0; i < Math.max(...words.map(([, w]) => w.length)); i++) {
      for (const [page, word] of words) {
        const letter = word.charAt(i);
        if (!letter) continue;
        await page.keyboard.type(letter);
        length += 1;
        for (const other of [erika.page, hans.page]) {
          await other.waitForFunction(
            ({ selector, length }) =>
              (document.querySelector(selector) as HTMLTextAreaElement).value.length === length,
            { selector: BODY, length },
          );
        }
      }
    }

    const result = await erika.page.locator(BODY).inputValue();
    expect(await hans.page.locator(BODY).inputValue()).toBe(result);
    expect(result).toContain(" Erika: Holz.");
    expect(result).toContain(" Hans: Metall.");
    expect(result.startsWith(start)).toBe(true);
    expect(await bodyLength(erika.page)).toBe(
      start.length + " Erika: Holz.".length + " Hans: Metall.".length,
    );

    await erika.context.close();
    await hans.context.close();
  });
});

describe("writing with an input method", () => {
  it("sends a composed word once, and keeps what another wrote meanwhile", async () => {
    const start = "Wir brauchen";
    const ideaUrl = await sharedIdea(start);
    const erika = await newPage(suite.browser);
    const hans = await newPage(suite.browser);
    await signUpInUi(erika.page, suite.server.url, "Erika", ideaUrl);
    await signUpInUi(hans.page, suite.server.url, "Hans", ideaUrl);
    for (const { page } of [erika, hans]) await openEditor(page, start);

    // Erika composes a word with an input method (Chromium's own IME events)...
    await erika.page.locator(BODY).click();
    await erika.page.keyboard.press("Control+End");
    const ime = await erika.context.newCDPSession(erika.page);
    await ime.send("Input.imeSetComposition", { text: " に", selectionStart: 2, selectionEnd: 2 });
    await ime.send("Input.imeSetComposition", { text: " にほん", selectionStart: 4, selectionEnd: 4 });

    // ...while Hans writes at the start of the description, then in the title. One socket
    // delivers in order: once his title reaches Erika, his description edit has too.
    await hans.page.locator(BODY).click();
    await hans.page.keyboard.press("Control+Home");
    await hans.page.keyboard.type("Heute: ");
    await hans.page.locator(TITLE).click();
    await hans.page.keyboard.press("End");
    await hans.page.keyboard.type("!");
    await valueContains(erika.page, TITLE, "Bank im Hof!");

    // Her field was left alone mid-word, and nothing half-composed went out.
    expect(await erika.page.locator(BODY).inputValue()).toBe(`${start} にほん`);
    expect(await hans.page.locator(BODY).inputValue()).toBe(`Heute: ${start}`);

    // The word is committed: it goes in once, after Hans's edit, which stays.
    await ime.send("Input.insertText", { text: " 日本" });
    const merged = `Heute: ${start} 日本`;
    await bodyIs(erika.page, merged);
    await bodyIs(hans.page, merged);
    // Her caret is after her word.
    await erika.page.keyboard.type("!");
    await bodyIs(hans.page, `${merged}!`);

    await erika.context.close();
    await hans.context.close();
  });
});

describe("who is here and who is typing", () => {
  it("shows a manager who only opened the idea as here, and as typing once she types", async () => {
    const body = "Eine Bank unter der Linde.";
    const ideaUrl = await sharedIdea(body);
    const manager = await makeManager(suite.server);

    const rosa = await newPage(suite.browser);
    await recordAnnouncements(rosa.context);
    // A neighbour (every resident may co-write on this board) has the idea open.
    await signUpInUi(rosa.page, suite.server.url, "Rosi", ideaUrl);
    await openEditor(rosa.page, body);
    await rosa.page.getByText("Gerade ist niemand sonst hier.").waitFor();

    const maria = await newPage(suite.browser);
    await logInInUi(maria.page, suite.server.url, manager);
    await maria.page.goto(`${suite.server.url}${ideaUrl}`);
    await openEditor(maria.page, body);

    // Maria has only opened the page: here, not typing.
    const here = rosa.page.getByRole("list", { name: "Gerade hier:" });
    const mariaRow = here.getByRole("listitem").filter({ hasText: manager.name });
    await mariaRow.waitFor();
    await announced(rosa.page, `${manager.name} ist jetzt hier.`);
    expect(await mariaRow.textContent()).not.toContain("schreibt");
    expect(await rosa.page.locator(".writers").textContent()).not.toContain("schreibt");

    // She puts her caret in the title: Rosa sees the field, still no typing.
    await maria.page.getByLabel("Titel").click();
    await mariaRow.getByText("im Feld Titel").waitFor();
    expect(await mariaRow.textContent()).not.toContain("schreibt");
    // Her caret shows in the title (a mark in her colour), not in the description.
    await rosa.page.locator("#cowrite-title ~ .carets .caret").waitFor();
    expect(await rosa.page.locator("#cowrite-body ~ .carets .caret").count()).toBe(0);

    // She types in the description: Rosa sees it, and hears it once.
    await maria.page.locator(BODY).click();
    await maria.page.keyboard.press("Control+End");
    await maria.page.keyboard.type(" Mit Lehne.");
    await mariaRow.getByText("schreibt gerade: Beschreibung").waitFor();
    await announced(rosa.page, `${manager.name} schreibt gerade: Beschreibung.`);
    await valueContains(rosa.page, BODY, `${body} Mit Lehne.`);
    // Her caret moved with her, to the end of what she wrote, with her name over it.
    const caret = rosa.page.locator("#cowrite-body ~ .carets .caret");
    await caret.getByText(manager.name).waitFor();
    expect(await rosa.page.locator("#cowrite-title ~ .carets .caret").count()).toBe(0);
    await shootAtWidths(rosa.page, "presence-typing", rosa.page.locator(".writers"));
    expect(describeViolations(await axeViolations(rosa.page))).toEqual([]);

    // After a pause she is no longer typing, but still in the description.
    await mariaRow.getByText("im Feld Beschreibung").waitFor();
    expect(await mariaRow.textContent()).not.toContain("schreibt");

    // She leaves; Rosa hears it.
    await maria.context.close();
    await announced(rosa.page, `${manager.name} ist nicht mehr hier.`);
    await rosa.page.getByText("Gerade ist niemand sonst hier.").waitFor();
    await rosa.context.close();
  });
});
