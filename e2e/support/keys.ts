import type { Locator, Page } from "playwright-core";

/** Whether `target` has the keyboard focus now. */
export function hasFocus(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses Tab (or Shift+Tab with `back`) until `target` has focus, as a keyboard user
 * moves through a page; fails when it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, opts: { back?: boolean; limit?: number } = {}) {
  await target.waitFor();
  const limit = opts.limit ?? 80;
  for (let i = 0; i < limit; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(opts.back ? "Shift+Tab" : "Tab");
  }
  const at = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`not reached with ${limit} presses of Tab; focus is on ${at}`);
}

/** Waits until `target` has focus (focus moved there by the page, not by the test). */
export async function focusLandsOn(target: Locator) {
  await target.waitFor();
  const handle = await target.elementHandle();
  await target.page().waitForFunction((el) => el === document.activeElement, handle);
}

/** The focused element shows a visible outline (the focus indicator, WCAG 2.4.7). */
export function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
    return outline || style.boxShadow !== "none";
  });
}
