import type { Page } from "playwright-core";
import { PASSWORD, uniqueEmail } from "./server.ts";

/** Signs up through the form, then waits for the page `next` points to. */
export async function signUpInUi(page: Page, baseUrl: string, name: string, next = "/") {
  await page.goto(`${baseUrl}/signup?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("E-Mail-Adresse").fill(uniqueEmail(name.toLowerCase().replace(/\W/g, "")));
  await page.getByLabel("Passwort", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "Konto anlegen" }).click();
  // In the header's menu, which a phone's screen folds away.
  await page.getByText(`Angemeldet als ${name}`).waitFor({ state: "attached" });
  await page.waitForURL((url) => url.pathname === next);
}

/** Logs in through the form; waits until the header names the signed-in person. */
export async function logInInUi(
  page: Page,
  baseUrl: string,
  who: { email: string; password: string; name: string },
) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-Mail-Adresse").fill(who.email);
  await page.getByLabel("Passwort", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.getByText(`Angemeldet als ${who.name}`).waitFor({ state: "attached" });
}

/** Waits for the page's h1 (pages render it once their data is there). */
export async function heading(page: Page, text: string | RegExp) {
  await page.getByRole("heading", { level: 1, name: text }).waitFor();
}

/** Waits until the board page says its live connection is up. */
export async function waitLive(page: Page, label = "Live verbunden") {
  await page.getByRole("status").getByText(label, { exact: true }).waitFor();
}

/**
 * Opens the header's menu where it is folded away (under 60rem); from 60rem its contents
 * are in the bar, and only the account's menu (when signed in) is opened.
 */
export async function openMenu(page: Page) {
  const button = page.locator(".site-menu > summary");
  if (!(await button.isVisible())) return;
  if (!(await page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)))
    await button.click();
  await page.locator(".site-menu .menu-panel").waitFor();
  // In the wide bar the account's links are a menu of their own.
  const account = page.locator(".account-menu > summary");
  if ((await account.count()) > 0 && (await account.isVisible())) {
    if (!(await page.locator(".account-menu").evaluate((d) => (d as HTMLDetailsElement).open)))
      await account.click();
    await page.locator(".account-panel").waitFor();
  }
}

/** Closes the header's menu by Escape, as a keyboard user would; a no-op when it is not open. */
export async function closeMenu(page: Page) {
  const account = page.locator(".account-menu");
  if ((await account.count()) > 0 && (await account.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await account.locator("> summary").focus();
    await page.keyboard.press("Escape");
  }
  const open = await page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open);
  if (!open) return;
  await page.locator(".site-menu > summary").focus();
  await page.keyboard.press("Escape");
}

/** Clicks a link or button of the header's menu, opening the menu first where needed. */
export async function inMenu(page: Page, role: "link" | "button", name: string | RegExp, exact = false) {
  await openMenu(page);
  await page.locator(".site-menu").getByRole(role, { name, exact }).click();
}
