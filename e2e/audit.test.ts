import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

/** How far the page reaches past the window sideways; 0 when nothing overflows. */
function overflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe("the audit log (Protokoll)", () => {
  it("names people and things, tells changes in words, filters by a workshop action, fits 320 and 1280 px", async () => {
    const { services } = suite.server;
    const board = seedBoard(services, { title: "Grünflächen" });
    const workshop = seedBoard(services, { mode: "workshop", title: "Bürgerabend im Mai" });
    const api = await signedInManager(services, Person.over(suite.server), "Mia Manager");
    const author = Person.over(suite.server);
    await author.register("Olga Ostwind");
    const idea = (
      await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Obstbäume am Spielplatz" })
    ).json.idea as { id: string };
    expect(
      (
        await api.call("POST", `/api/ideas/${idea.id}/status`, {
          status: "declined",
          reason: "Die Fläche gehört der Bahn.",
        })
      ).status,
    ).toBe(200);
    expect((await api.call("POST", `/api/boards/${workshop.id}/session`, {})).status).toBe(201);
    expect((await api.call("POST", `/api/boards/${workshop.id}/phase`, { phase: "cluster" })).status).toBe(
      200,
    );
    const gone = Person.over(suite.server);
    const goneUser = await gone.register("Veronika Verschwunden");
    expect((await api.call("POST", `/api/people/${goneUser.id}/block`, { reason: "Spam" })).status).toBe(200);
    expect((await gone.call("DELETE", "/api/me")).status).toBe(204);

    const manager = await makeManager(suite.server);
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/moderation/audit`);
    await heading(desk.page, "Protokoll");
    const table = desk.page.getByRole("table");

    // Names and titles, not ids; changes as sentences, not JSON.
    await table.getByRole("link", { name: "Obstbäume am Spielplatz" }).waitFor();
    await table.getByText("Status: Neu → Abgelehnt", { exact: true }).waitFor();
    await table.getByText("Begründung: Die Fläche gehört der Bahn.", { exact: true }).waitFor();
    await table.getByText("Mia Manager").first().waitFor();
    await table.getByText("Phase: Sammeln → Ordnen", { exact: true }).waitFor();
    await table.getByText("Gelöschtes Konto", { exact: true }).waitFor();
    const text = (await table.textContent()) ?? "";
    expect(text).not.toContain("Veronika");
    expect(text).not.toMatch(/idea:|person:|board:|[{}"]/);

    expect(describeViolations(await axeViolations(desk.page))).toEqual([]);
    expect(await overflow(desk.page)).toBe(0);
    await desk.page.setViewportSize({ width: 320, height: 800 });
    expect(await overflow(desk.page)).toBe(0);
    await desk.page.setViewportSize({ width: 1280, height: 900 });
    expect(await overflow(desk.page)).toBe(0);
    // On a laptop the desk uses the width: wider than the reading column of other pages.
    const mainWidth = await desk.page.locator("main").evaluate((el) => el.getBoundingClientRect().width);
    expect(mainWidth).toBeGreaterThan(900);

    // Every action is in the filter, workshop ones by name; filtering by one shows only it.
    await desk.page.getByLabel("Aktion").selectOption({ label: "Workshop-Phase gewechselt" });
    await desk.page.getByRole("button", { name: "Anwenden" }).click();
    await desk.page.waitForFunction(() => {
      const rows = [...document.querySelectorAll("tbody tr")];
      return rows.length > 0 && rows.every((tr) => tr.textContent?.includes("Workshop-Phase gewechselt"));
    });
    await table.getByRole("link", { name: "Bürgerabend im Mai" }).first().waitFor();
    expect(await table.getByText("Status: Neu → Abgelehnt").count()).toBe(0);
    expect(describeViolations(await axeViolations(desk.page))).toEqual([]);
    await desk.context.close();
  });
});
