import type { BrowserContext, Page } from "playwright-core";

/**
 * A JSON request from inside the page, with its session cookie and its Origin: set-up
 * steps that are not what a test is about, done as that person.
 */
export async function pageApi<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const res = await fetch(path, {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : null };
    },
    { method, path, body },
  );
}

/**
 * Keeps everything the app's polite live region says in this context, so a message is
 * found even when the next one replaced it quickly. Call before opening pages.
 */
export async function recordAnnouncements(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { __said: string[] }).__said = said;
    new MutationObserver(() => {
      for (const el of document.querySelectorAll('[aria-live="polite"]')) {
        const text = el.textContent ?? "";
        if (text && said[said.length - 1] !== text) said.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

/** Waits until the app's polite live region has said `text` (recorded, or saying it now). */
export async function announced(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) =>
      ((window as unknown as { __said?: string[] }).__said ?? []).some((t) => t.includes(expected)) ||
      [...document.querySelectorAll('[aria-live="polite"]')].some((el) => el.textContent?.includes(expected)),
    text,
  );
}

/** Waits until a field's value satisfies `test` (given as a substring it must contain). */
export async function valueContains(page: Page, selector: string, text: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, text }) =>
      (document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement | null)?.value.includes(
        text,
      ) === true,
    { selector, text },
  );
}

/** Problems the browser reports, such as a refused script or a failed render. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
