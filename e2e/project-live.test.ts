import { describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("a project page", () => {
  it("follows team, stage, money, news and fund without a reload, and says so politely", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Greta");
    const idea = (
      await author.call("POST", `/api/boards/${boardId}/ideas`, { title: "Lastenrad für den Kiez" })
    ).json.idea;
    const manager = await makeManager(suite.server);
    const boss = Person.over(suite.server);
    await boss.login(manager.email, manager.password);
    const year = new Date().getFullYear();
    expect((await boss.call("PUT", `/api/funds/${year}`, { amount: 150000 })).status).toBe(200);
    const project = (await boss.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    const projectPath = `/projects/${project.id}`;

    // A neighbour has the page open and keeps it open.
    const w = await newPage(suite.browser);
    await recordAnnouncements(w.context);
    await signUpInUi(w.page, suite.server.url, "Wanda", projectPath);
    await heading(w.page, "Lastenrad für den Kiez");
    await waitLive(w.page);
    await w.page.evaluate(() => {
      (window as unknown as { __sameLoad: boolean }).__sameLoad = true;
    });
    const team = w.page.getByRole("region", { name: "Team" });
    await team.getByText("Greta").waitFor();
    await w.page.getByText("Stand: In Planung").waitFor();

    // Another joins the team in another browser.
    const j = await newPage(suite.browser);
    await signUpInUi(j.page, suite.server.url, "Jonas", projectPath);
    await j.page.getByRole("button", { name: "Ich mache mit" }).click();
    await j.page.getByRole("button", { name: "Ich steige aus" }).waitFor();
    await team.getByText("Jonas").waitFor();

    // The manager changes the stage, grants money and posts news in a third.
    const m = await newPage(suite.browser);
    await logInInUi(m.page, suite.server.url, manager);
    await m.page.goto(`${suite.server.url}${projectPath}`);
    await heading(m.page, "Lastenrad für den Kiez");
    await m.page.getByLabel("Stand des Projekts").selectOption("running");
    await m.page.getByRole("button", { name: "Stand speichern" }).click();
    await w.page.getByText("Stand: Läuft").waitFor();
    await announced(w.page, "Neuer Stand des Projekts: Läuft.");

    await m.page.getByLabel("Beantragt (Euro)").fill("400");
    await m.page.getByLabel("Bewilligt (Euro)").fill("250");
    await m.page.getByRole("button", { name: "Speichern", exact: true }).click();
    const money = w.page.getByRole("region", { name: "Geld" });
    await money.getByText("250,00 €", { exact: true }).waitFor();
    await money.getByText("400,00 €", { exact: true }).waitFor();
    await money.getByText(`Quartiersfonds ${year}: noch 1.250,00 € von 1.500,00 € frei.`).waitFor();
    // Amounts are written as Intl writes them: a no-break space before the euro sign.
    await announced(w.page, "Geld geändert: beantragt 400,00\u00a0€, bewilligt 250,00\u00a0€.");
    await announced(w.page, `Im Quartiersfonds ${year} sind jetzt noch 1.250,00\u00a0€ übrig.`);

    await m.page.getByLabel("Neuigkeit für alle").fill("Das Rad ist bestellt!");
    await m.page.getByRole("button", { name: "Neuigkeit veröffentlichen" }).click();
    await w.page.getByRole("region", { name: "Neuigkeiten" }).getByText("Das Rad ist bestellt!").waitFor();
    await announced(w.page, "Neuigkeit von Maria Manager: Das Rad ist bestellt!");

    // The fund changes from elsewhere (the manage page's form): the meter follows.
    expect((await boss.call("PUT", `/api/funds/${year}`, { amount: 200000 })).status).toBe(200);
    await money.getByText(`Quartiersfonds ${year}: noch 1.750,00 € von 2.000,00 € frei.`).waitFor();

    // Jonas leaves again.
    await j.page.getByRole("button", { name: "Ich steige aus" }).click();
    await j.page.getByRole("button", { name: "Ich mache mit" }).waitFor();
    await announced(w.page, "Jonas ist nicht mehr im Team.");
    expect(await team.getByText("Jonas").count()).toBe(0);

    expect(await w.page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(
      true,
    );
    expect(describeViolations(await axeViolations(w.page))).toEqual([]);
    for (const p of [w, j, m]) await p.context.close();
  });

  it("shows the viewer's own joining from another tab, with the plan then open to them", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Olga");
    const idea = (await author.call("POST", `/api/boards/${boardId}/ideas`, { title: "Tauschregal" })).json
      .idea;
    const manager = await makeManager(suite.server, "Mia Manager");
    const boss = Person.over(suite.server);
    await boss.login(manager.email, manager.password);
    const project = (await boss.call("POST", `/api/ideas/${idea.id}/promote`)).json.project;
    const projectPath = `/projects/${project.id}`;

    const a = await newPage(suite.browser);
    await signUpInUi(a.page, suite.server.url, "Paul", projectPath);
    await waitLive(a.page);
    await a.page.getByRole("button", { name: "Ich mache mit" }).waitFor();
    const other = await a.context.newPage();
    await other.goto(`${suite.server.url}${projectPath}`);
    await other.getByRole("button", { name: "Ich mache mit" }).click();
    await other.getByRole("button", { name: "Ich steige aus" }).waitFor();

    await a.page.getByRole("button", { name: "Ich steige aus" }).waitFor();
    await a.page.getByText("Du bist im Team.").waitFor();
    await a.page.getByLabel("Neue Aufgabe").waitFor();
    await a.context.close();
  });
});
