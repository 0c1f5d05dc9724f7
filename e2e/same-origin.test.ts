import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, inMenu, logInInUi, openMenu, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("privacy", () => {
  it("sends no request to any other origin during a whole session", async () => {
    const boardId = await firstBoardId(suite.server);
    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    const requests: string[] = [];
    const sockets: string[] = [];
    // Context-wide, so requests from every page and worker are seen.
    context.on("request", (request) => requests.push(request.url()));
    page.on("websocket", (ws) => sockets.push(ws.url()));

    await page.goto(`${suite.server.url}/`);
    await heading(page, "Themen");
    await page.getByRole("link", { name: "Ideen für unser Viertel" }).click();
    await waitLive(page);
    await signUpInUi(page, suite.server.url, "Olga", `/boards/${boardId}/new`);
    await page.getByLabel("Titel").fill("Repair-Café im QUER");
    await page.getByRole("button", { name: "Veröffentlichen" }).click();
    const card = page.getByRole("article", { name: "Repair-Café im QUER" });
    await card.waitFor();
    await card.getByRole("button", { name: "Unterstützen" }).click();
    await card.getByText("1 Stimme", { exact: true }).waitFor();
    await card.getByRole("link", { name: "Repair-Café im QUER" }).click();
    await heading(page, "Repair-Café im QUER");
    await openMenu(page);
    await page.getByLabel("Sprache").selectOption("en");
    await heading(page, "Repair-Café im QUER");
    await page.getByLabel("Language").selectOption("de");
    await inMenu(page, "button", "Abmelden");
    await page.getByRole("link", { name: "Anmelden", exact: true }).waitFor();
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/manage`);
    await page.getByRole("heading", { name: "Neues Thema anlegen" }).waitFor();

    const origin = new URL(suite.server.url).origin;
    const wsOrigin = origin.replace(/^http/, "ws");
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(sockets.length).toBeGreaterThan(0);
    expect(sockets.filter((url) => !url.startsWith(`${wsOrigin}/sync/`))).toEqual([]);
    await context.close();
  });
});
