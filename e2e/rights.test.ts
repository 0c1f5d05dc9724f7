import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { shootAtWidths } from "./support/screens.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, signUpInUi, waitLive } from "./support/ui.ts";

/**
 * A right withdrawn while pages stay open, seen from two browsers: the one who withdraws
 * it, and the one who loses it. The page that lost it says so at once and offers only
 * what is still allowed.
 */
const suite = serverAndBrowser();
async function expectAxeClean(page: Page) {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

async function managerPerson() {
  const manager = await makeManager(suite.server);
  const person = Person.over(suite.server);
  expect((await person.login(manager.email, manager.password)).status).toBe(200);
  return { manager, person };
}

describe("rights withdrawn while pages are open", () => {
  it("ending a workshop turns every phone into a reader at once, and says so", async () => {
    const { manager, person: maria } = await managerPerson();
    const board = seedBoard(suite.server.services, {
      title: "Abend im QUER",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Bänke im Park" });
    await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" });

    const phone = await newPage(suite.browser);
    await recordAnnouncements(phone.context);
    await phone.page.goto(`${suite.server.url}/join/${code}`);
    await phone.page.getByLabel("Dein Name").fill("Aylin");
    await phone.page.getByRole("button", { name: "Mitmachen" }).click();
    await heading(phone.page, "Abend im QUER");
    await waitLive(phone.page);
    const more = phone.page.getByRole("button", { name: "Einen Punkt mehr für „Mehr Bänke im Park“" });
    await more.waitFor();

    const desk = await newPage(suite.browser);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(desk.page, "Workshop leiten: Abend im QUER");
    await desk.page.getByRole("button", { name: "Workshop beenden" }).click();
    await desk.page.getByText("Der Workshop ist beendet.").first().waitFor();

    await announced(phone.page, "Der Workshop ist beendet.");
    await phone.page
      .locator(".ws-ended")
      .getByText("Der Workshop ist beendet. Danke fürs Mitmachen!")
      .waitFor();
    await more.waitFor({ state: "detached" });
    await phone.page.getByRole("region", { name: "Wie es weitergeht" }).waitFor();
    await phone.page.getByRole("article", { name: "Mehr Bänke im Park" }).waitFor();
    await expectAxeClean(phone.page);
    await shootAtWidths(phone.page, "rights-phone-ended");

    // The server agrees with what the phone shows: a hand-made vote is refused.
    const refused = await phone.page.evaluate(async (id) => {
      const ideas = await (await fetch(`/api/boards/${id}`)).json();
      const res = await fetch(`/api/ideas/${ideas.ideas[0].id}/vote`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ dots: 1 }),
      });
      return res.status;
    }, board.id);
    expect(refused).toBe(403);
    await phone.context.close();
    await desk.context.close();
  });

  it("narrowing co-writing turns another resident's open editor into the text, without a reload", async () => {
    const { manager, person: maria } = await managerPerson();
    const board = seedBoard(suite.server.services, { title: "Gemeinsam schreiben", coWriting: "residents" });

    const author = await newPage(suite.browser);
    await signUpInUi(author.page, suite.server.url, "Erika");
    const idea = await author.page.evaluate(async (id) => {
      const res = await fetch(`/api/boards/${id}/ideas`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Gemeinschaftsgarten" }),
      });
      return (await res.json()).idea.id as string;
    }, board.id);

    const neighbour = await newPage(suite.browser);
    await recordAnnouncements(neighbour.context);
    await signUpInUi(neighbour.page, suite.server.url, "Hans");
    await neighbour.page.goto(`${suite.server.url}/ideas/${idea}`);
    const body = neighbour.page.getByLabel("Beschreibung");
    await body.waitFor();
    await body.fill("Mit Hochbeeten für alle.");
    await expect
      .poll(async () => (await maria.call("GET", `/api/ideas/${idea}`)).json.idea.body, { timeout: 15_000 })
      .toBe("Mit Hochbeeten für alle.");

    // The manager narrows co-writing on her desk, in a browser of her own.
    const desk = await newPage(suite.browser);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/manage`);
    await desk.page.getByRole("button", { name: "Bearbeiten Gemeinsam schreiben" }).click();
    const editor = desk.page.getByRole("region", { name: "„Gemeinsam schreiben“ bearbeiten" });
    await editor
      .getByRole("radio", { name: "Wer die Idee geteilt hat und die eingeladenen Personen" })
      .check();
    await editor.getByRole("button", { name: "Änderungen speichern" }).click();
    await editor.waitFor({ state: "detached" });

    // The editor is gone, with a word why; the text it wrote stays, read-only.
    await body.waitFor({ state: "detached", timeout: 15_000 });
    await announced(neighbour.page, "Du kannst diese Idee nicht mehr mitschreiben.");
    await neighbour.page.getByText("Mit Hochbeeten für alle.").waitFor();
    await expectAxeClean(neighbour.page);
    await shootAtWidths(neighbour.page, "rights-reader");
    await author.context.close();
    await neighbour.context.close();
    await desk.context.close();
  });

  it("a board made private while a visitor reads it: the page says it is gone, at once", async () => {
    const { manager } = await managerPerson();
    const board = seedBoard(suite.server.services, { title: "Rund um den Markt" });

    const visitor = await newPage(suite.browser);
    await visitor.page.goto(`${suite.server.url}/boards/${board.id}`);
    await heading(visitor.page, "Rund um den Markt");
    await waitLive(visitor.page);

    const desk = await newPage(suite.browser);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/manage`);
    await desk.page.getByRole("button", { name: "Bearbeiten Rund um den Markt" }).click();
    const editor = desk.page.getByRole("region", { name: "„Rund um den Markt“ bearbeiten" });
    await editor.getByRole("radio", { name: "Nur für Teilnehmende" }).check();
    await editor.getByRole("button", { name: "Änderungen speichern" }).click();
    await editor.waitFor({ state: "detached" });

    await heading(visitor.page, "Dieses Thema konnte nicht geladen werden.");
    await visitor.page.getByRole("heading", { name: "Rund um den Markt" }).waitFor({ state: "detached" });
    await expectAxeClean(visitor.page);
    await shootAtWidths(visitor.page, "rights-board-gone");
    await visitor.context.close();
    await desk.context.close();
  });
});
