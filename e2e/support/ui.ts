import type { Page } from "playwright-core";
import { PASSWORD, uniqueEmail } from "./server.ts";

/** Signs up through the form, then waits for the page `next` points to. */
export async function signUpInUi(page: Page, baseUrl: string, name: string, next = "/") {
  await page.goto(`${baseUrl}/signup?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail(name.toLowerCase().replace(/\W/g, "")));
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  await page.getByText(`Angemeldet als ${name}`).waitFor();
  await page.waitForURL((url) => url.pathname === next);
}

/** Logs in through the form; waits until the header shows the signed-in name. */
export async function logInInUi(
  page: Page,
  baseUrl: string,
  who: { email: string; password: string; name: string },
) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(who.email);
  await page.getByLabel("Passwort", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByText(`Angemeldet als ${who.name}`).waitFor();
}

/** Waits for the page's h1 (pages render it once their data is there). */
export async function heading(page: Page, text: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/** Waits until the board page says its live connection is up. */
export async function waitLive(page: Page, label = "Live verbunden") {
  await page.getByRole("status").getByText(label, { exact: true }).waitFor();
}
