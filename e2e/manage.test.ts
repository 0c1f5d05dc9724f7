import { describe, expect, it } from "vitest";
import { Person, signedInManager } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, inMenu, logInInUi, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("manager page", () => {
  it("lets the manager create and edit a board", async () => {
    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await inMenu(page, "link", "Verwalten");
    await heading(page, "Themen verwalten");

    const create = page.getByRole("region", { name: "Neues Thema anlegen" });
    await create.getByLabel("Titel").fill("Sommerfest 2026");
    await create.getByLabel("Beschreibung").fill("Was wünscht ihr euch für das Fest?");
    await create.getByLabel("Kategorien").fill("Essen, Musik, Spiele");
    await create.getByLabel("Erst prüfen, dann sichtbar").check();
    await create.getByRole("button", { name: "Thema anlegen" }).click();

    const list = page.getByRole("region", { name: "Alle Themen" });
    await list.getByRole("link", { name: "Sommerfest 2026" }).waitFor();
    // The create form is empty again for the next board.
    await page.waitForFunction(
      () => (document.getElementById("new-board-title") as HTMLInputElement)?.value === "",
    );

    await list.getByRole("button", { name: "Bearbeiten Sommerfest 2026" }).click();
    const editor = page.getByRole("region", { name: "„Sommerfest 2026“ bearbeiten" });
    // Focus moves into the editor that the button opened.
    await page.waitForFunction(() => document.activeElement?.id.endsWith("-title") === true);
    await editor.getByLabel("Titel").fill("Sommerfest im Quartier");
    await editor.getByLabel("Neue Beiträge erlauben").uncheck();
    await editor.getByRole("button", { name: "Änderungen speichern" }).click();
    await list.getByRole("link", { name: "Sommerfest im Quartier" }).waitFor();

    const res = await fetch(`${suite.server.url}/api/boards`);
    const { boards } = (await res.json()) as {
      boards: { title: string; categories: string[]; moderation: string; postingOpen: boolean }[];
    };
    const board = boards.find((b) => b.title === "Sommerfest im Quartier");
    expect(board).toMatchObject({
      categories: ["Essen", "Musik", "Spiele"],
      moderation: "pre",
      postingOpen: false,
    });
    await context.close();
  });

  it("tells residents politely that the page is not for them", async () => {
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Jonas", "/manage");
    await heading(page, "Themen verwalten");
    await page.getByText("Diese Seite ist nur für die Quartiersmanagerin", { exact: false }).waitFor();
    expect(await page.getByRole("button", { name: "Thema anlegen" }).count()).toBe(0);
    // No manager link in the navigation either.
    expect(await page.getByRole("link", { name: "Verwalten" }).count()).toBe(0);
    await context.close();
  });

  it("shows residents their own ideas that wait for approval, marked, and nobody else", async () => {
    const manager = await signedInManager(suite.server.services, Person.over(suite.server));
    const created = await manager.call("POST", "/api/boards", { title: "Erst prüfen", moderation: "pre" });
    const boardId: string = created.json.board.id;

    const author = await newPage(suite.browser);
    await signUpInUi(author.page, suite.server.url, "Mira", `/boards/${boardId}/new`);
    await author.page.getByLabel("Titel").fill("Nachbarschaftsgarten");
    await author.page.getByRole("button", { name: "Veröffentlichen" }).click();
    const card = author.page.getByRole("article", { name: "Nachbarschaftsgarten" });
    await card.getByText("Wartet auf Freigabe – noch nicht öffentlich").waitFor();

    const other = await newPage(suite.browser);
    await other.page.goto(`${suite.server.url}/boards/${boardId}`);
    await waitLive(other.page);
    await other.page.getByText("Hier gibt es noch keine Beiträge", { exact: false }).waitFor();
    expect(await other.page.getByRole("article").count()).toBe(0);
    await author.context.close();
    await other.context.close();
  });
});
