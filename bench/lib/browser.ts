import type { Browser } from "playwright-core";
import { launchBrowser } from "../../e2e/support/browser.ts";

/**
 * The network profile is WebPageTest's "3G Slow": 400 ms round trip, 400 kbit/s each
 * way (Chrome's own "Slow 3G" preset adds 2 s per request and would leave no room for
 * any page under 2 s). CPU runs four times slower, as on an old phone.
 */
export const SLOW_3G = { latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
export const CPU_SLOWDOWN = 4;

/** The same Debian Chromium, with the same flags, as the browser tests. */
export const launch = launchBrowser;

export interface PageTimes {
  /** Navigation start → the frame that first paints an `.idea-card`, timed in the page. */
  firstCardMs: number;
  /**
   * When Playwright's polling visibility check first saw it. It can come before the paint:
   * a card the server rendered is laid out as soon as it is parsed, while the paint waits
   * for the stylesheet.
   */
  polledCardMs: number;
  /**
   * Navigation start → a Tab press after the app took over moved focus (the page answers
   * input). The server's first view takes a Tab without any script, so the app's arrival
   * is waited for first: until then buttons and filters do nothing.
   */
  interactiveMs: number;
  /**
   * Navigation start → the page knows the whole board (its idea count shows `expected`).
   * It renders cards in pages, so this is when the live document has arrived, not when
   * every card is on screen.
   */
  wholeBoardMs: number | null;
  transferredBytes: number;
}

/** Opens `url` throttled and times what a person on an old phone would wait for. */
export async function timePage(browser: Browser, url: string, expected: number): Promise<PageTimes> {
  const context = await browser.newContext({ locale: "de-DE", viewport: { width: 390, height: 844 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, ...SLOW_3G });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    let transferred = 0;
    cdp.on("Network.loadingFinished", (e: { encodedDataLength: number }) => {
      transferred += e.encodedDataLength;
    });
    // Timed inside the page: the frame that first paints a card, from the start of the
    // navigation. The browser runs no frame before the stylesheet is in. Playwright's
    // visibility check polls under the same 4× slowdown and sees layout, not paint; it
    // still confirms the card shows.
    // No named functions inside: tsx keeps names through a helper the page does not have.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector(".idea-card")) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          (window as unknown as { querFirstCard?: number }).querFirstCard = performance.now();
        });
      }).observe(document, { childList: true, subtree: true });
    });
    const t0 = Date.now();
    await page.goto(url, { waitUntil: "commit", timeout: 60_000 });
    await page.locator(".idea-card").first().waitFor({ state: "visible", timeout: 60_000 });
    const polledCardMs = Date.now() - t0;
    const painted = await page.waitForFunction(
      () => (window as unknown as { querFirstCard?: number }).querFirstCard,
      undefined,
      { timeout: 10_000 },
    );
    const firstCardMs = Math.round(Number(await painted.jsonValue()));
    // Input: the app has replaced the server's first view, and Tab moves focus only once
    // the main thread gets to it.
    await page.waitForSelector("#root:not([data-server-view])", { state: "attached", timeout: 60_000 });
    const before = await page.evaluate(() => document.activeElement?.outerHTML ?? "");
    await page.keyboard.press("Tab");
    await page.waitForFunction((b) => (document.activeElement?.outerHTML ?? "") !== b, before, {
      timeout: 60_000,
    });
    const interactiveMs = Date.now() - t0;
    let wholeBoardMs: number | null = null;
    try {
      await page.waitForFunction(
        (n) => document.querySelector("#ideas-heading .count")?.textContent?.replace(/\D/g, "") === String(n),
        expected,
        { timeout: 60_000, polling: 250 },
      );
      wholeBoardMs = Date.now() - t0;
    } catch {
      wholeBoardMs = null;
    }
    return { firstCardMs, polledCardMs, interactiveMs, wholeBoardMs, transferredBytes: transferred };
  } finally {
    await context.close();
  }
}
