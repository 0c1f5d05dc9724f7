import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/**
 * Debian's Chromium, never a downloaded browser. CHROMIUM_PATH overrides the location
 * on machines that keep it elsewhere.
 */
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export function launchBrowser(): Promise<Browser> {
  // `headless: true` makes Playwright pass --headless itself.
  return chromium.launch({ executablePath, headless: true, args });
}

/** A fresh profile (own cookies and storage), German unless asked otherwise. */
export async function newPage(
  browser: Browser,
  opts: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: opts.locale ?? "de-DE",
    viewport: { width: 390, height: 844 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}
