import { describe, expect, it } from "vitest";
import { seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { shootAtWidths } from "./support/screens.ts";
import { firstBoardId, makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("the office's first evening", () => {
  it("sends someone who opened the listen address to PUBLIC_URL, before and after a refused sign-in", async () => {
    const manager = await makeManager(suite.server);
    // The server listens on 127.0.0.1; its PUBLIC_URL says localhost.
    const publicUrl = suite.server.url;
    const listenUrl = publicUrl.replace("//localhost:", "//127.0.0.1:");
    expect(listenUrl).not.toBe(publicUrl);
    const { context, page } = await newPage(suite.browser);

    await page.goto(`${listenUrl}/login`);
    await heading(page, "Anmelden");
    const notice = page.locator(".address-notice");
    await notice.getByText(`Öffne Quer unter ${publicUrl}.`).waitFor();
    expect(await notice.getByRole("link", { name: "Dorthin wechseln" }).getAttribute("href")).toBe(
      `${publicUrl}/login`,
    );

    await page.getByLabel("E-Mail-Adresse").fill(manager.email);
    await page.getByLabel("Passwort", { exact: true }).fill(manager.password);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page
      .getByRole("main")
      .getByText(`Öffne Quer unter ${publicUrl} – unter dieser Adresse gehen Anmelden und Ändern nicht.`)
      .waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shootAtWidths(page, "office-wrong-address-login");

    // At the right address there is no notice, and signing in works.
    const site = page.waitForResponse((res) => res.url().endsWith("/api/site"));
    await logInInUi(page, publicUrl, manager);
    await site.catch(() => undefined);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await page.locator(".address-notice").count()).toBe(0);
    await context.close();
  });

  it("offers the office's table and the raw data as two named downloads", async () => {
    const manager = await makeManager(suite.server);
    const boardId = await firstBoardId(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/manage`);
    await heading(page, "Themen verwalten");
    const exports = page.locator(".exports").filter({ has: page.locator(`a[href*="${boardId}"]`) });
    const office = exports.getByRole("link", { name: "Tabelle für Excel" });
    const raw = exports.getByRole("link", { name: "Rohdaten (CSV für Programme)" });
    const names: string[] = [];
    for (const link of [office, raw]) {
      const download = page.waitForEvent("download");
      await link.click();
      names.push((await download).suggestedFilename());
    }
    expect(names).toEqual(["Ideen-für-unser-Viertel-Tabelle.csv", "Ideen-für-unser-Viertel-Rohdaten.csv"]);
    await shootAtWidths(page, "office-exports", exports);
    await context.close();
  });

  it("warns the facilitator that phones cannot open a localhost PUBLIC_URL", async () => {
    const manager = await makeManager(suite.server);
    const board = seedBoard(suite.server.services, { title: "Bürgerabend", mode: "workshop" });
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(page, "Workshop leiten: Bürgerabend");
    const warning = page.getByRole("note", { name: `Handys im Raum erreichen ${suite.server.url} nicht.` });
    await warning
      .getByText("HOST=0.0.0.0 PUBLIC_URL=http://<Adresse dieses Rechners>:3000 pnpm start", {
        exact: false,
      })
      .waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await shootAtWidths(page, "office-facilitate-local-only", warning);
    await context.close();
  });
});
