import { describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("projects", () => {
  it("turns an idea into a project that a resident joins and plans live with the manager", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Greta");
    const idea = await author.call("POST", `/api/boards/${boardId}/ideas`, {
      title: "Hofflohmarkt im Frühjahr",
      body: "Alle Höfe öffnen an einem Samstag.",
    });
    expect(idea.status).toBe(201);
    const ideaId: string = idea.json.idea.id;

    // The manager sets this year's fund on the manage page.
    const manager = await makeManager(suite.server);
    const m = await newPage(suite.browser);
    await recordAnnouncements(m.context);
    await logInInUi(m.page, suite.server.url, manager);
    await m.page.goto(`${suite.server.url}/manage`);
    const year = new Date().getFullYear();
    const fund = m.page.getByRole("region", { name: `Quartiersfonds ${year}` });
    await fund.getByLabel(`Betrag für ${year} (Euro)`).fill("1500");
    await fund.getByRole("button", { name: "Fonds speichern" }).click();
    await fund.getByText(`Quartiersfonds ${year}: noch 1.500,00 € von 1.500,00 € frei.`).waitFor();

    // …and promotes the idea.
    await m.page.goto(`${suite.server.url}/ideas/${ideaId}`);
    await heading(m.page, "Hofflohmarkt im Frühjahr");
    await m.page.getByRole("button", { name: "Zum Projekt machen" }).click();
    await m.page.waitForURL((url) => url.pathname.startsWith("/projects/"));
    const projectPath = new URL(m.page.url()).pathname;
    await heading(m.page, "Hofflohmarkt im Frühjahr");
    await m.page.getByRole("region", { name: "Team" }).getByText("Greta").waitFor();

    // The manager grants money; everyone sees what is left of the fund.
    await m.page.getByLabel("Bewilligt (Euro)").fill("200");
    await m.page.getByRole("button", { name: "Speichern", exact: true }).click();
    await m.page.getByText(`Quartiersfonds ${year}: noch 1.300,00 € von 1.500,00 € frei.`).waitFor();

    // The manager adds a task to the plan.
    await waitLive(m.page);
    await m.page.getByLabel("Neue Aufgabe").fill("Plakate aufhängen");
    await m.page.getByRole("button", { name: "Aufgabe hinzufügen" }).click();
    await m.page.getByRole("checkbox", { name: "Plakate aufhängen" }).waitFor();
    await m.page.getByLabel("Ziel").fill("Ein Samstag, an dem sich alle Höfe öffnen.");

    // A resident reads the plan, then joins the team.
    const r = await newPage(suite.browser);
    await recordAnnouncements(r.context);
    await signUpInUi(r.page, suite.server.url, "Hasan", projectPath);
    await heading(r.page, "Hofflohmarkt im Frühjahr");
    await r.page.getByText("Plakate aufhängen").waitFor();
    await r.page.getByText("Ein Samstag, an dem sich alle Höfe öffnen.").waitFor();
    expect(await r.page.getByRole("checkbox", { name: "Plakate aufhängen" }).count()).toBe(0);
    await r.page.getByText(`Quartiersfonds ${year}: noch 1.300,00 € von 1.500,00 € frei.`).waitFor();
    // The board page shows what is left of the fund too.
    const boardPage = await r.context.newPage();
    await boardPage.goto(`${suite.server.url}/boards/${boardId}`);
    await boardPage.getByText(`Quartiersfonds ${year}: noch 1.300,00 € von 1.500,00 € frei.`).waitFor();
    await boardPage.close();

    await r.page.getByRole("button", { name: "Ich mache mit" }).click();
    await r.page.getByRole("region", { name: "Team" }).getByText("Hasan").waitFor();
    await announced(r.page, "Du bist jetzt im Team. Danke!");
    await r.page.getByRole("button", { name: "Ich steige aus" }).waitFor();

    // As a team member the resident ticks the task and takes it; the manager sees both live.
    const box = r.page.getByRole("checkbox", { name: "Plakate aufhängen" });
    await box.check();
    await m.page.getByRole("checkbox", { name: "Plakate aufhängen", checked: true }).waitFor();
    await announced(m.page, "Erledigt: Plakate aufhängen");
    await r.page.getByRole("button", { name: /^Übernehme ich\s*: Plakate aufhängen$/ }).click();
    await m.page.getByText("übernommen von Hasan").waitFor();
    await r.page.getByRole("button", { name: /^Gebe ich ab\s*: Plakate aufhängen$/ }).waitFor();

    // The team reports progress and news.
    await r.page.getByLabel("Stand des Projekts").selectOption("running");
    await r.page.getByRole("button", { name: "Stand speichern" }).click();
    await announced(r.page, "Stand gespeichert: Läuft");
    await r.page.getByLabel("Neuigkeit für alle").fill("Die ersten zehn Höfe sind dabei!");
    await r.page.getByRole("button", { name: "Neuigkeit veröffentlichen" }).click();
    await r.page
      .getByRole("region", { name: "Neuigkeiten" })
      .getByText("Die ersten zehn Höfe sind dabei!")
      .waitFor();

    expect(describeViolations(await axeViolations(r.page))).toEqual([]);

    // The idea page links to its project.
    await r.page.goto(`${suite.server.url}/ideas/${ideaId}`);
    await r.page.getByRole("link", { name: /zum Projekt/ }).click();
    await r.page.waitForURL((url) => url.pathname === projectPath);

    const api = await fetch(`${suite.server.url}/api${projectPath}`);
    const body = (await api.json()) as {
      project: { status: string; team: { name: string }[]; budgetGranted: number };
    };
    expect(body.project.status).toBe("running");
    expect(body.project.budgetGranted).toBe(20_000);
    expect(body.project.team.map((p) => p.name).sort()).toEqual(["Greta", "Hasan"]);

    await m.context.close();
    await r.context.close();
  });
});
