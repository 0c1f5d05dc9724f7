import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { GUEST_STEPS, type HelpStep, PICTURE_WIDTH, RESIDENT_STEPS } from "../client/src/help/pictures.ts";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi, waitLive } from "./support/ui.ts";

/**
 * Makes the help page's pictures from the app itself, so they show it as it is: each
 * step is done in a real browser at a phone's width, in German, and the part of the
 * screen that shows it is saved as a small JPEG where the client serves static files
 * (`client/public/help/`, committed). A step that cannot be done fails the test, and so
 * does a picture that is missing or too heavy for a phone.
 */
const suite = serverAndBrowser();
const DIR = new URL("../client/public/help/", import.meta.url);
/** A picture a phone on a slow network loads without waiting. */
const MAX_BYTES = 60 * 1024;
/** The tallest picture, in CSS pixels: one phone screen at most. */
const MAX_HEIGHT = 720;
const MARGIN = 12;

const made = new Set<HelpStep>();

/**
 * Saves the screen from the top of `from` to the bottom of `to` (the same element when
 * left out), the page's full width, as `<step>.jpg`.
 */
async function picture(page: Page, step: HelpStep, from: Locator, to: Locator = from) {
  await from.waitFor();
  await to.waitFor();
  // A focus ring on the last field typed in is not part of the step.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await from.evaluate((el, margin) => {
    window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - margin);
  }, MARGIN);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const top = await from.boundingBox();
  const bottom = await to.boundingBox();
  if (!top || !bottom) throw new Error(`${step}: nothing to show`);
  const y = Math.max(0, top.y - MARGIN);
  const height = Math.min(bottom.y + bottom.height + MARGIN - y, MAX_HEIGHT, 844 - y);
  await page.screenshot({
    path: new URL(`${step}.jpg`, DIR).pathname,
    type: "jpeg",
    quality: 70,
    animations: "disabled",
    caret: "hide",
    clip: { x: 0, y, width: PICTURE_WIDTH, height },
  });
  made.add(step);
}

describe("help pictures", () => {
  it("makes a picture of every step for residents and for workshop guests", async () => {
    mkdirSync(DIR, { recursive: true });
    for (const old of readdirSync(DIR)) rmSync(new URL(old, DIR));
    const url = suite.server.url;
    const board = seedBoard(suite.server.services, { title: "Ideen für unser Viertel" });
    const manager = await makeManager(suite.server, "Mona aus dem Büro");
    const office = Person.over(suite.server);
    expect((await office.login(manager.email, manager.password)).status).toBe(200);
    const neighbour = Person.over(suite.server);
    await neighbour.register("Emil");
    const shared = (
      await neighbour.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Bücherschrank am Marktplatz",
        body: "Ein offener Schrank zum Tauschen von Büchern, wetterfest und gut zu erreichen.",
      })
    ).json.idea as { id: string };
    await office.call("PUT", `/api/ideas/${shared.id}/vote`);

    const { page } = await newPage(suite.browser);

    // Sign up: the form, filled in.
    await page.goto(`${url}/signup`);
    await heading(page, "Konto anlegen");
    const signup = page.locator("main form");
    await signup.getByLabel("Name", { exact: true }).fill("Nora");
    await signup.getByLabel("E-Mail-Adresse").fill("nora@example.org");
    await picture(page, "signup", page.getByRole("heading", { level: 1 }), signup);
    await signUpInUi(page, url, "Nora", `/boards/${board.id}`);

    // Share an idea: the form with a title and a few words.
    await page.goto(`${url}/boards/${board.id}/new`);
    const post = page.locator("main form");
    await post.getByLabel("Titel").fill("Mehr Bänke am Spielplatz");
    await post.getByLabel("Beschreibung").fill("Eltern und Großeltern brauchen einen Platz zum Sitzen.");
    await picture(
      page,
      "post",
      page.getByRole("heading", { level: 1 }),
      post.getByRole("button", { name: "Veröffentlichen" }),
    );
    await post.getByRole("button", { name: "Veröffentlichen" }).click();
    await page.getByRole("link", { name: "Mehr Bänke am Spielplatz" }).first().waitFor();
    const ideaId = (
      suite.server.services.sqlite
        .prepare("select id from ideas where title = ?")
        .get("Mehr Bänke am Spielplatz") as {
        id: string;
      }
    ).id;
    const own = `${url}/ideas/${ideaId}`;

    // Support someone else's idea.
    await page.goto(`${url}/ideas/${shared.id}`);
    await page.getByRole("button", { name: "Unterstützen" }).click();
    await page.locator('button[aria-pressed="true"]').waitFor();
    await picture(page, "vote", page.getByRole("heading", { level: 1 }), page.locator(".idea-footer"));

    // Comment on it.
    const comments = page.getByRole("region", { name: /Kommentare/ });
    await comments.getByLabel("Dein Kommentar").fill("Gute Idee! Ich bringe gern Bücher vorbei.");
    await picture(
      page,
      "comment",
      comments.getByRole("heading", { level: 2 }),
      comments.locator("form").first(),
    );

    // Co-write one's own idea: the text and the people who write along.
    await page.goto(own);
    const cowrite = page.locator("section.cowrite");
    await cowrite.getByLabel("Beschreibung").waitFor();
    await picture(page, "cowrite", cowrite, page.getByRole("region", { name: "Mitschreibende" }));

    // Follow it: the office answers, "Meine Beiträge" shows the state.
    await office.call("POST", `/api/ideas/${ideaId}/status`, {
      status: "reviewing",
      reason: "Wir fragen beim Grünflächenamt nach.",
    });
    await page.goto(`${url}/my-ideas`);
    await heading(page, "Meine Beiträge");
    const card = page.getByRole("article").filter({ hasText: "Mehr Bänke am Spielplatz" });
    await card.getByText("Wir fragen beim Grünflächenamt nach.", { exact: false }).waitFor();
    await picture(page, "follow", page.getByRole("heading", { level: 1 }), card);

    // A workshop guest: join with the code, post a card, give dots.
    const workshop = seedBoard(suite.server.services, {
      title: "Werkstatt Marktplatz",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const { code } = (await office.call("POST", `/api/boards/${workshop.id}/session`)).json;
    await office.call("POST", `/api/boards/${workshop.id}/ideas`, { title: "Trinkbrunnen am Markt" });
    const guest = await newPage(suite.browser);
    const phone = guest.page;
    await phone.goto(`${url}/join/${code}`);
    await phone.getByLabel("Dein Name").fill("Aylin");
    await picture(
      phone,
      "join",
      phone.getByRole("heading", { level: 1 }),
      phone.getByRole("button", { name: "Mitmachen" }),
    );
    await phone.getByRole("button", { name: "Mitmachen" }).click();
    await heading(phone, "Werkstatt Marktplatz");
    await waitLive(phone);
    // A guest's pages have the statement and the help in their footer too.
    const footer = phone.getByRole("contentinfo");
    await footer.getByRole("link", { name: "Erklärung zur Barrierefreiheit" }).waitFor();
    await footer.getByRole("link", { name: "So geht's" }).waitFor();
    const cardField = phone.getByLabel("Idee in einem Satz");
    await cardField.fill("Schattige Sitzplätze unter Bäumen");
    const send = phone.getByRole("button", { name: "Idee abschicken" });
    await picture(phone, "card", phone.getByRole("heading", { level: 1 }), send);
    await send.click();
    await phone.getByRole("article", { name: "Schattige Sitzplätze unter Bäumen" }).waitFor();

    await office.call("POST", `/api/boards/${workshop.id}/phase`, { phase: "vote" });
    const more = phone.getByRole("button", { name: "Einen Punkt mehr für „Trinkbrunnen am Markt“" });
    await more.click();
    await phone.getByRole("heading", { name: "Deine Punkte" }).waitFor();
    await picture(
      phone,
      "dots",
      phone.getByRole("heading", { name: "Deine Punkte" }),
      phone.getByRole("article", { name: "Trinkbrunnen am Markt" }),
    );

    // Every step has its picture, each small enough for a phone.
    expect([...made].sort()).toEqual([...RESIDENT_STEPS, ...GUEST_STEPS].sort());
    for (const step of made) {
      const bytes = statSync(new URL(`${step}.jpg`, DIR)).size;
      expect(bytes, step).toBeGreaterThan(2000);
      expect(bytes, step).toBeLessThanOrEqual(MAX_BYTES);
    }
  });
});
