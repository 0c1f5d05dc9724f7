import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Person } from "../server/src/testing/harness.ts";
import { bodyOf, localSmtp } from "../server/src/testing/smtp.ts";
import { waitFor } from "../server/src/testing/sync-clients.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { PASSWORD, type QuerServer, startServer, uniqueEmail } from "./support/server.ts";
import { heading, logInInUi } from "./support/ui.ts";

let smtp: Awaited<ReturnType<typeof localSmtp>>;
let server: QuerServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await localSmtp();
  server = await startServer({ smtpUrl: smtp.url });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.dispose();
  await smtp?.close();
});

async function expectNoViolations(page: Page, label: string) {
  const lines = describeViolations(await axeViolations(page));
  expect(lines, `${label}:\n${lines.join("\n")}`).toEqual([]);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? "", id: el?.id ?? "", text: el?.textContent?.trim() ?? "" };
  });

/** Presses Tab until the focused element satisfies `test`; fails if it is never reached. */
async function tabUntil(page: Page, test: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (test(await focused(page))) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reached with ${limit} presses of Tab: ${JSON.stringify(await focused(page))}`);
}

async function registered(name: string) {
  const email = uniqueEmail(name.toLowerCase());
  const person = Person.over(server);
  const res = await person.call("POST", "/api/auth/register", { email, password: PASSWORD, name });
  expect(res.status).toBe(201);
  return { email, name, person };
}

describe("a forgotten password", () => {
  it("from the login page by keyboard: the mail arrives, its link sets a new password, sign-in works", async () => {
    const { email, name } = await registered("Hilde");
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/login`);
    await heading(page, "Anmelden");

    // Keyboard only: to the link under the password, then the form of /reset.
    await tabUntil(page, (f) => f.tag === "A" && f.text === "Passwort vergessen?");
    await page.keyboard.press("Enter");
    await heading(page, "Passwort vergessen");
    await page.waitForURL((url) => url.pathname === "/reset");
    await expectNoViolations(page, "/reset");

    // An empty send puts focus on the field, with its message tied to it.
    await tabUntil(page, (f) => f.tag === "BUTTON" && f.text === "Link schicken");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.activeElement?.id === "email");
    expect(await page.locator("#email").getAttribute("aria-describedby")).toBe("email-error");
    await expectNoViolations(page, "/reset with an error");

    await page.keyboard.type(email);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Schau in dein Postfach" }).waitFor();
    expect((await focused(page)).id).toBe("reset-sent-heading");
    await page.getByText(`Wenn es ein Konto mit der Adresse ${email} gibt`, { exact: false }).waitFor();
    await expectNoViolations(page, "/reset sent");

    await waitFor(() => smtp.mails.some((m) => m.to.includes(email)), "the reset mail");
    const mail = bodyOf(smtp.mails.find((m) => m.to.includes(email))?.raw ?? "");
    expect(mail).toContain("gilt eine Stunde");
    const link = mail.match(new RegExp(`${server.url}/reset/[a-z0-9]+`))?.[0];
    if (!link) throw new Error(`no link in:\n${mail}`);

    await page.goto(link);
    await heading(page, "Neues Passwort festlegen");
    await expectNoViolations(page, "/reset/<token>");

    // Too short first: the message is tied to the field and focus goes there.
    await tabUntil(page, (f) => f.id === "password");
    await page.keyboard.type("kurz");
    await page.keyboard.press("Enter");
    await page.locator("#password-error").waitFor();
    expect((await focused(page)).id).toBe("password");
    expect(await page.locator("#password").getAttribute("aria-describedby")).toBe(
      "password-hint password-error",
    );
    await expectNoViolations(page, "/reset/<token> with an error");

    // The show toggle reveals what was typed.
    await page.locator("#password").fill("");
    await page.keyboard.type("mein neues Passwort für Quer");
    await page.keyboard.press("Tab");
    expect((await focused(page)).text).toBe("Passwort zeigen");
    await page.keyboard.press("Space");
    expect(await page.locator("#password").getAttribute("type")).toBe("text");
    expect(await page.getByRole("button", { name: "Passwort zeigen" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Geschafft: dein neues Passwort gilt" }).waitFor();
    expect((await focused(page)).id).toBe("reset-done-heading");
    await expectNoViolations(page, "/reset/<token> done");

    // The link is used up.
    await page.goto(link);
    await page.locator("#password").fill("noch ein anderes Passwort");
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await page.getByText("Dieser Link gilt nicht mehr", { exact: false }).waitFor();
    await page.getByRole("link", { name: "Neuen Link anfordern" }).waitFor();

    await logInInUi(page, server.url, { email, name, password: "mein neues Passwort für Quer" });
    await context.close();
  });

  it("answers an unknown address with the same neutral confirmation", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${server.url}/reset`);
    await heading(page, "Passwort vergessen");
    await page.getByLabel("E-Mail-Adresse").fill("niemand-hier@example.org");
    await page.getByRole("button", { name: "Link schicken" }).click();
    await page
      .getByText("Wenn es ein Konto mit der Adresse niemand-hier@example.org gibt", { exact: false })
      .waitFor();
    await context.close();
  });
});

describe("changing the password on the account page", () => {
  it("changes it, signs out the other device, and keeps this one signed in", async () => {
    const { email, name, person: otherDevice } = await registered("Jonas");
    const { context, page } = await newPage(browser);
    await logInInUi(page, server.url, { email, name, password: PASSWORD });
    await page.goto(`${server.url}/account`);
    await heading(page, "Meine Daten");
    await page.getByRole("heading", { level: 2, name: "Passwort ändern" }).waitFor();
    await expectNoViolations(page, "/account");

    // A wrong current password: its field gets the message and focus.
    await page.getByLabel("Bisheriges Passwort").fill("das-ist-es-nicht");
    await page.getByLabel("Neues Passwort").fill("ein-neues-passwort-hier");
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.locator("#current-error").waitFor();
    expect((await focused(page)).id).toBe("current");
    await page.getByRole("alert").getByText("Das bisherige Passwort stimmt nicht.").waitFor();
    await expectNoViolations(page, "/account with an error");

    await page.getByLabel("Bisheriges Passwort").fill(PASSWORD);
    await page.getByRole("button", { name: "Passwort ändern" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[aria-live="polite"]')].some((el) =>
        el.textContent?.includes("Dein Passwort ist geändert"),
      ),
    );
    expect(await page.getByLabel("Bisheriges Passwort").inputValue()).toBe("");
    await expectNoViolations(page, "/account after the change");

    // This browser is still signed in; the other device is not.
    await page.reload();
    await page.getByText(`Angemeldet als ${name}`).waitFor({ state: "attached" });
    expect((await otherDevice.call("GET", "/api/me")).json.user).toBeNull();
    expect((await Person.over(server).login(email, "ein-neues-passwort-hier")).status).toBe(200);
    await context.close();
  });
});
