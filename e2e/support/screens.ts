import { mkdirSync } from "node:fs";
import type { Locator, Page } from "playwright-core";

/** Where browser tests leave their screenshots, for looking at (not compared). */
const ARTIFACTS = new URL("../artifacts/", import.meta.url);

/** Arrivals animate briefly; a picture shows the settled screen. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
}

/** The page as it is now, in `artifacts/<name>.png`. */
export async function shoot(page: Page, name: string, opts: { fullPage?: boolean } = {}) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await settled(page);
  await page.screenshot({
    path: new URL(`${name}.png`, ARTIFACTS).pathname,
    fullPage: opts.fullPage ?? false,
  });
}

/**
 * The page at a phone's (390 px) and a laptop's (1280 px) width, in
 * `artifacts/<name>-<width>.png`; the whole page, or the screen around `focus`. The page
 * gets its own size back afterwards.
 */
export async function shootAtWidths(page: Page, name: string, focus?: Locator) {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize();
  await settled(page);
  for (const [width, height] of [
    [390, 844],
    [1280, 900],
  ] as const) {
    await page.setViewportSize({ width, height });
    await focus?.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: new URL(`${name}-${width}.png`, ARTIFACTS).pathname,
      fullPage: focus === undefined,
    });
  }
  if (before) await page.setViewportSize(before);
}
