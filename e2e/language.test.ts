import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage } from "./support/browser.ts";
import { type QuerServer, startServer } from "./support/server.ts";
import { heading } from "./support/ui.ts";

let server: QuerServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.dispose();
});

const htmlLang = () => document.documentElement.lang;

describe("language switch", () => {
  it("changes the interface language and <html lang>, and keeps the choice", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await heading(page, "Anmelden");
    expect(await page.evaluate(htmlLang)).toBe("de");
    expect(await page.evaluate(() => document.documentElement.dir)).toBe("ltr");
    expect(await page.title()).toBe("Anmelden – Quer");
    // Each option names its language in that language, marked up as such.
    expect(await page.getAttribute('#language option[value="en"]', "lang")).toBe("en");

    await page.getByLabel("Sprache").selectOption("en");
    await heading(page, "Log in");
    expect(await page.evaluate(htmlLang)).toBe("en");
    expect(await page.title()).toBe("Log in – Quer");
    await page.getByLabel("E-mail address").waitFor();
    await page.getByRole("link", { name: "Skip to content" }).waitFor({ state: "attached" });
    await page.getByText("Quer – Quartiersmanagement Leimen").waitFor();

    // The choice survives a reload.
    await page.reload();
    await heading(page, "Log in");
    expect(await page.evaluate(htmlLang)).toBe("en");

    await page.getByLabel("Language").selectOption("de");
    await heading(page, "Anmelden");
    expect(await page.evaluate(htmlLang)).toBe("de");
    await page.getByLabel("E-Mail-Adresse").waitFor();
    await context.close();
  });
});
