import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, openMenu } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("the server's words in a form", () => {
  it("come in the page's language and carry no other lang; German on a German page", async () => {
    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/signup`);
    await heading(page, "Konto anlegen");
    // An address the form lets through and the server refuses (its last part is too short).
    const submit = async (email: string) => {
      await page.locator("#email").fill(email);
      await page.locator("#name").fill("Anna");
      await page.locator("#password").fill("lang genug und mehr");
      await page.locator("form button[type=submit]").click();
      return page.locator(".field-error").first();
    };
    const german = await submit("anna@quer.x");
    await german.waitFor();
    expect(await german.textContent()).toBe("Bitte eine gültige E-Mail-Adresse angeben.");
    expect(await german.getAttribute("lang")).toBeNull();

    await openMenu(page);
    await page.getByLabel("Sprache").selectOption("en");
    await heading(page, "Create an account");
    const english = await submit("anna@quer.y");
    await page.waitForFunction(
      () => document.querySelector(".field-error")?.textContent === "Please give a valid e-mail address.",
    );
    expect(await english.getAttribute("lang")).toBeNull();
    await context.close();
  });
});
