import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { pageApi } from "./support/page-api.ts";
import { shootAtWidths } from "./support/screens.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
async function expectAxeClean(page: Page) {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

const more = (page: Page, title: string) =>
  page.getByRole("button", { name: `Einen Punkt mehr für „${title}“` }).click();
const less = (page: Page, title: string) =>
  page.getByRole("button", { name: `Einen Punkt weniger für „${title}“` }).click();
const budget = (page: Page, text: string) => page.locator(".ws-budget").getByText(text).waitFor();
const idea = (page: Page, title: string) => page.getByRole("article", { name: title });

async function toTable(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Thementische" }).getByRole("link", { name: title }).click();
  await heading(page, title);
  await waitLive(page);
}

async function toPlenary(page: Page) {
  await page.getByRole("link", { name: "Zurück zum Plenum" }).click();
  await heading(page, "Abend der Tische");
  await waitLive(page);
}

describe("a phone in a workshop with topic tables", () => {
  it("has one dots budget for all tables, and each phase's screen shows what the phase is for", async () => {
    const manager = await makeManager(suite.server);
    const maria = Person.over(suite.server);
    expect((await maria.login(manager.email, manager.password)).status).toBe(200);
    const board = seedBoard(suite.server.services, {
      title: "Abend der Tische",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const tableId = async (title: string) =>
      (await maria.call("POST", `/api/boards/${board.id}/tables`, { title })).json.table.id as string;
    const verkehr = await tableId("Verkehr");
    const gruen = await tableId("Grünflächen");
    await maria.call("POST", `/api/boards/${verkehr}/ideas`, { title: "Tempo 30 vor der Schule" });
    await maria.call("POST", `/api/boards/${gruen}/ideas`, { title: "Baumpatenschaften" });
    const phase = (name: string) => maria.call("POST", `/api/boards/${board.id}/phase`, { phase: name });

    const { page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/join/${code}`);
    await page.getByLabel("Dein Name").fill("Aylin");
    await page.getByRole("button", { name: "Mitmachen" }).click();
    await heading(page, "Abend der Tische");
    await waitLive(page);

    // Collect: posting is what this phase is for.
    await page.getByLabel("Idee in einem Satz").waitFor();
    await page.getByText("Noch keine Ideen. Die erste kann deine sein!").waitFor();
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-collect");

    // Cluster at the plenary: every table's ideas together, each saying its table.
    await phase("cluster");
    await page.getByRole("heading", { name: "Ideen ordnen" }).waitFor();
    await page.getByText("Hier stehen die Ideen aller Thementische zusammen", { exact: false }).waitFor();
    const ungrouped = page.getByRole("region", { name: /^Ohne Gruppe/ });
    await ungrouped
      .locator(".ws-card", { hasText: "Tempo 30 vor der Schule" })
      .getByText("Thementisch: Verkehr")
      .waitFor();
    await ungrouped
      .locator(".ws-card", { hasText: "Baumpatenschaften" })
      .getByText("Thementisch: Grünflächen")
      .waitFor();
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-cluster-plenary");

    // Vote at the plenary: the budget for the whole workshop, no invitation to post.
    await phase("vote");
    await budget(page, "Noch 3 von 3 Punkten");
    await page
      .getByText("Deine Punkte gelten für den ganzen Workshop, alle Thementische zusammen.")
      .waitFor();
    await page.getByText("Wähle oben einen Tisch, um dort zu punkten.", { exact: false }).waitFor();
    expect(await page.getByText("Die erste kann deine sein!").count()).toBe(0);
    expect(await page.getByLabel("Idee in einem Satz").count()).toBe(0);
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-vote-plenary");

    // All three dots at one table…
    await toTable(page, "Verkehr");
    await budget(page, "Noch 3 von 3 Punkten");
    for (let i = 0; i < 3; i += 1) await more(page, "Tempo 30 vor der Schule");
    await budget(page, "Noch 0 von 3 Punkten");
    await page.getByText("Alles ist gesendet.").waitFor();

    // …leave none at the next: the phone says so, and the server refuses a dot there.
    await toPlenary(page);
    await budget(page, "Noch 0 von 3 Punkten");
    await toTable(page, "Grünflächen");
    await budget(page, "Noch 0 von 3 Punkten");
    await more(page, "Baumpatenschaften");
    await page
      .getByRole("alert")
      .getByText("Du hast schon alle 3 Punkte vergeben. Sie gelten für den ganzen Workshop", { exact: false })
      .waitFor();
    await idea(page, "Baumpatenschaften").getByText("Deine Punkte: 0").waitFor();
    await budget(page, "Noch 0 von 3 Punkten");
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-vote-table-spent");
    const ideas = await pageApi<{ ideas: { id: string }[] }>(page, "GET", `/api/boards/${gruen}`);
    const handMade = await pageApi<{ error: { message: string } }>(
      page,
      "PUT",
      `/api/ideas/${ideas.json.ideas[0]?.id}/vote`,
      { dots: 1 },
    );
    expect(handMade.status).toBe(409);
    expect(handMade.json.error.message).toContain("für den ganzen Workshop;");

    // A dot taken back at one table can be given at the other.
    await toPlenary(page);
    await toTable(page, "Verkehr");
    await less(page, "Tempo 30 vor der Schule");
    await budget(page, "Noch 1 von 3 Punkten");
    await page.getByText("Alles ist gesendet.").waitFor();
    await toPlenary(page);
    await toTable(page, "Grünflächen");
    await budget(page, "Noch 1 von 3 Punkten");
    await more(page, "Baumpatenschaften");
    await budget(page, "Noch 0 von 3 Punkten");
    await idea(page, "Baumpatenschaften").getByText("Deine Punkte: 1").waitFor();

    // Results: the whole workshop's, its tables included, wherever the phone is.
    await maria.call("POST", `/api/boards/${board.id}/reveal`);
    await phase("results");
    await toPlenary(page);
    await page.getByRole("heading", { name: "Ergebnis des ganzen Workshops (2 Beiträge)" }).waitFor();
    await idea(page, "Tempo 30 vor der Schule").getByText("2 Punkte").waitFor();
    await idea(page, "Tempo 30 vor der Schule").getByText("Thementisch: Verkehr").waitFor();
    await idea(page, "Baumpatenschaften").getByText("1 Punkt", { exact: true }).waitFor();
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-results");

    // After the evening: thanks, where to follow up, and still the results.
    await maria.call("DELETE", `/api/boards/${board.id}/session`);
    await page.locator(".ws-ended").getByText("Danke fürs Mitmachen!", { exact: false }).waitFor();
    const followUp = page.getByRole("region", { name: "Wie es weitergeht" });
    await followUp.getByRole("link", { name: "Zu den Ideen dieses Workshops" }).waitFor();
    await page.getByRole("link", { name: "Ergebnis-Seite" }).waitFor();
    await idea(page, "Baumpatenschaften").waitFor();
    await expectAxeClean(page);
    await shootAtWidths(page, "workshop-phone-closed");
  });
});
