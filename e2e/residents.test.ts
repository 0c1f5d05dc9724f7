import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { shootAtWidths } from "./support/screens.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
const PHONE = { width: 390, height: 844 };

async function expectAxeClean(page: Page, what: string) {
  expect(describeViolations(await axeViolations(page)), what).toEqual([]);
}

/** A board with enough ideas that a new one would be far below a phone's fold. */
async function busyBoard(title: string, moderation: "pre" | "post") {
  const board = seedBoard(suite.server.services, { title, moderation });
  const office = await signedInManager(suite.server.services, Person.over(suite.server), "Mona Büro");
  for (const t of [
    "Trinkbrunnen",
    "Mehr Bänke",
    "Fahrradbügel",
    "Hofflohmarkt",
    "Blühstreifen",
    "Tauschregal",
  ]) {
    expect(
      (await office.call("POST", `/api/boards/${board.id}/ideas`, { title: t, body: "x ".repeat(80) }))
        .status,
    ).toBe(201);
  }
  return { board, office };
}

/** Whether the element is wholly inside the viewport as it is now (no scrolling). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
  }, selector);
}

describe("a resident after posting", () => {
  it("on a checked board: told before and after, the post first on a phone, and followed in Meine Beiträge", async () => {
    const { board, office } = await busyBoard("Verkehr im Viertel", "pre");
    const { context, page } = await newPage(suite.browser);
    expect(page.viewportSize()).toEqual(PHONE);
    await signUpInUi(page, suite.server.url, "Olga", `/boards/${board.id}/new`);
    await heading(page, "Idee teilen");
    // Said before posting.
    await page.getByText("Beiträge zu diesem Thema schaut sich das Quartiersbüro zuerst an").waitFor();
    await expectAxeClean(page, "new-idea form on a checked board");

    // By keyboard: title, then to the submit button.
    await page.getByLabel("Titel").fill("Zebrastreifen an der Schule");
    await page.getByLabel("Titel").press("Enter");
    await page.waitForURL((url) => url.pathname === `/boards/${board.id}`);

    // The note has the focus and says what happens next; the post is right below it.
    const note = page.locator("#posted-note");
    await page.waitForFunction(() => document.activeElement?.id === "posted-note");
    expect(await note.textContent()).toContain("Dein Beitrag wird geprüft und erscheint danach für alle");
    const card = page.locator(".posted .idea-card").filter({ hasText: "Zebrastreifen an der Schule" });
    await card.waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inView(page, "#posted-note")).toBe(true);
    expect(await inView(page, ".posted .idea-card .idea-title")).toBe(true);
    // Shown once, not again in the list below.
    expect(await page.getByRole("article", { name: "Zebrastreifen an der Schule" }).count()).toBe(1);
    await waitLive(page);
    await expectAxeClean(page, "board right after posting");
    await shootAtWidths(page, "residents-posted", note);
    await page.setViewportSize(PHONE);

    // From the note, by keyboard, to Meine Beiträge.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Meine Beiträge ansehen");
    await page.keyboard.press("Enter");
    await heading(page, "Meine Beiträge");
    const mine = page.getByRole("article", { name: "Zebrastreifen an der Schule" });
    await mine.getByText("Wird geprüft – erscheint danach für alle").waitFor();
    await mine.getByRole("link", { name: "Verkehr im Viertel" }).waitFor();
    await expectAxeClean(page, "Meine Beiträge, one pending post");

    // The office approves and answers: the list says so.
    const posted = (await office.call("GET", "/api/moderation/queue")).json.pending.find(
      (i: { title: string }) => i.title === "Zebrastreifen an der Schule",
    );
    expect((await office.call("POST", `/api/ideas/${posted.id}/approve`)).status).toBe(200);
    expect(
      (
        await office.call("POST", `/api/ideas/${posted.id}/status`, {
          status: "accepted",
          reason: "Kommt im Mai.",
        })
      ).status,
    ).toBe(200);
    await page.reload();
    await heading(page, "Meine Beiträge");
    await mine.getByText("Antwort des Quartiersbüros: Angenommen").waitFor();
    await mine.getByText("Begründung: Kommt im Mai.").waitFor();
    expect(await mine.getByText("Wird geprüft – erscheint danach für alle").count()).toBe(0);
    await shootAtWidths(page, "residents-my-ideas");
    await page.setViewportSize(PHONE);

    // The approval reached the author as a notice.
    await page.goto(`${suite.server.url}/notifications`);
    await page.getByText("Dein Beitrag ist geprüft und jetzt für alle sichtbar.").first().waitFor();
    await context.close();
  });

  it("on an open board: says who answers, and the vote button says its state and how to take it back", async () => {
    const { board, office } = await busyBoard("Grün im Hof", "post");
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Pia", `/boards/${board.id}/new`);
    await heading(page, "Idee teilen");
    expect(await page.getByText("zuerst an").count()).toBe(0);
    await page.getByLabel("Titel").fill("Kräuterbeet für alle");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.waitForFunction(() => document.activeElement?.id === "posted-note");
    expect(await page.locator("#posted-note").textContent()).toContain(
      "Das Quartiersbüro antwortet auf jeden Beitrag",
    );
    expect(await inView(page, ".posted .idea-card .idea-title")).toBe(true);

    // Another's idea, voted by keyboard.
    const card = page.getByRole("article", { name: "Trinkbrunnen" });
    const button = card.getByRole("button", { name: /^Unterstütz/ });
    expect(await button.textContent()).toBe("Unterstützen");
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await button.focus();
    await page.keyboard.press("Space");
    await card.locator('button[aria-pressed="true"]').waitFor();
    expect(await button.textContent()).toContain("Unterstützt");
    expect(await card.getByRole("button", { name: "Unterstützt" }).count()).toBe(1);
    await card.getByText("Nochmal tippen zum Zurücknehmen").waitFor();
    expect(await card.getByText("Nochmal tippen zum Zurücknehmen").isVisible()).toBe(true);
    await card.getByText("1 Stimme", { exact: true }).waitFor();
    await expectAxeClean(page, "board with a vote given");
    await shootAtWidths(page, "residents-voted", card);
    await page.setViewportSize(PHONE);

    // Taking it back.
    await button.focus();
    await page.keyboard.press("Enter");
    await card.locator('button[aria-pressed="false"]').waitFor();
    expect(await button.textContent()).toBe("Unterstützen");
    expect(await card.getByText("Nochmal tippen zum Zurücknehmen").count()).toBe(0);
    await card.getByText("0 Stimmen", { exact: true }).waitFor();
    expect((await office.call("GET", `/api/boards/${board.id}`)).status).toBe(200);
    await context.close();
  });
});

describe("a board on a phone", () => {
  it("folds the filters away so the ideas come first, and opens them on a wide screen", async () => {
    const { board, office } = await busyBoard("Spielplätze", "post");
    const year = new Date().getFullYear();
    expect((await office.call("PUT", `/api/funds/${year}`, { amount: 500_000 })).status).toBe(200);
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await heading(page, "Spielplätze");
    await waitLive(page);
    // The fund banner says what the fund is, not only a sum.
    await page.getByText("Der Quartiersfonds ist Geld für kleine Projekte aus der Nachbarschaft").waitFor();
    const toggle = page.getByRole("button", { name: /^Filter und Sortierung/ });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByLabel("Sortieren nach").isVisible()).toBe(false);
    expect(await inView(page, ".ideas .idea-card .idea-title")).toBe(true);
    await expectAxeClean(page, "board on a phone, filters folded");

    await toggle.focus();
    await page.keyboard.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await page.getByLabel("Art").selectOption("problem");
    await page.waitForURL((url) => url.searchParams.get("kind") === "problem");
    await page.getByRole("button", { name: "Filter und Sortierung (1 Filter aktiv)" }).waitFor();
    await expectAxeClean(page, "board on a phone, filters open");
    await toggle.click();
    expect(await page.getByLabel("Art").isVisible()).toBe(false);

    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await heading(page, "Spielplätze");
    await page.getByLabel("Sortieren nach").waitFor({ state: "visible" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await context.close();
  });

  it("credits co-authors on the card, already in the server's first view", async () => {
    const board = seedBoard(suite.server.services, { title: "Nachbarschaft" });
    const maria = Person.over(suite.server);
    await maria.register("Maria");
    const ali = Person.over(suite.server);
    const aliId = (await ali.register("Ali")).id;
    const jana = Person.over(suite.server);
    const janaId = (await jana.register("Jana")).id;
    const idea = (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Hoffest im Sommer" }))
      .json.idea;
    expect((await maria.call("PUT", `/api/ideas/${idea.id}/coauthors/${aliId}`)).status).toBe(204);
    expect((await maria.call("PUT", `/api/ideas/${idea.id}/coauthors/${janaId}`)).status).toBe(204);

    const html = await (await fetch(`${suite.server.url}/boards/${board.id}`)).text();
    expect(html).toContain("von Maria, mit Ali und Jana");

    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/boards/${board.id}`);
    await waitLive(page);
    await page
      .getByRole("article", { name: "Hoffest im Sommer" })
      .getByText("von Maria, mit Ali und Jana")
      .waitFor();
    await page.goto(`${suite.server.url}/ideas/${idea.id}`);
    await heading(page, "Hoffest im Sommer");
    await page.getByText("von Maria, mit Ali und Jana").waitFor();
    await context.close();
  });
});
