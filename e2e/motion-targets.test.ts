import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";

const suite = serverAndBrowser();
let boardId: string;
let ideaId: string;
let resident: Person;
let manager: Person;

beforeAll(async () => {
  boardId = await firstBoardId(suite.server);
  resident = Person.over(suite.server);
  await resident.register("Rosa");
  manager = await signedInManager(suite.server.services, Person.over(suite.server));
  const other = Person.over(suite.server);
  await other.register("Karl");
  ideaId = (
    await other.call("POST", `/api/boards/${boardId}/ideas`, {
      title: "Trinkbrunnen am Marktplatz",
      body: "Im Sommer wäre das eine Hilfe.",
    })
  ).json.idea.id;
  await other.call("POST", `/api/ideas/${ideaId}/comments`, { body: "Ich helfe mit." });
});

async function profile(opts: { who?: Person; reducedMotion?: "reduce" | "no-preference"; width?: number }) {
  const context = await suite.browser.newContext({
    locale: "de-DE",
    viewport: { width: opts.width ?? 390, height: 844 },
    reducedMotion: opts.reducedMotion ?? "no-preference",
  });
  context.setDefaultTimeout(20_000);
  const [name, value] = opts.who?.cookie.split("=") ?? [];
  if (name && value) await context.addCookies([{ name, value, url: suite.server.url }]);
  return { context, page: await context.newPage() };
}

/** What moves on the page now: running animations, transitions set, smooth scrolling. */
function motion(page: Page) {
  return page.evaluate(() => {
    const moving: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("*")) {
      const s = getComputedStyle(el);
      const seconds = (v: string) => Math.max(...v.split(",").map((x) => Number.parseFloat(x) || 0));
      const name = `${el.tagName.toLowerCase()}.${el.className}`;
      if (s.animationName !== "none" && seconds(s.animationDuration) > 0.01) moving.push(`animation ${name}`);
      if (seconds(s.transitionDuration) > 0.01) moving.push(`transition ${name}`);
      if (s.scrollBehavior === "smooth") moving.push(`smooth scrolling ${name}`);
    }
    return moving;
  });
}

describe("reduced motion", () => {
  it("turns off animations, transitions and smooth scrolling when asked", async () => {
    const board = seedBoard(suite.server.services, { title: "Abend", mode: "workshop" });
    await manager.call("POST", `/api/boards/${board.id}/session`);
    const results = new Map<string, string[]>();
    for (const pref of ["no-preference", "reduce"] as const) {
      const { context, page } = await profile({ who: manager, reducedMotion: pref, width: 1280 });
      await page.goto(`${suite.server.url}/present/${board.id}`);
      await page.locator(".present-phase").waitFor();
      // An idea arriving on the projector is the app's most visible motion.
      const title = `Neue Idee ${pref}`;
      await manager.call("POST", `/api/boards/${board.id}/ideas`, { title });
      await page.locator(".present-idea", { hasText: title }).waitFor();
      const onProjector = await motion(page);
      await page.goto(`${suite.server.url}/boards/${boardId}`);
      await page.locator(".idea-card").first().waitFor();
      results.set(pref, [...onProjector, ...(await motion(page))]);
      await context.close();
    }
    // Without the wish the skip link slides in, so the check can see motion at all.
    expect(results.get("no-preference")?.some((m) => m.includes("skip-link"))).toBe(true);
    expect(results.get("reduce")).toEqual([]);
  });
});

/**
 * Interactive elements smaller than 44×44 CSS px. A link inside running text is exempt
 * (WCAG's "inline" exception); a check box or radio counts with its label, which takes
 * the tap too.
 */
function smallTargets(page: Page) {
  return page.evaluate(() => {
    const small: string[] = [];
    const selector = "a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button]";
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest("[hidden], [aria-hidden=true]")) continue;
      let rect = el.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // The skip link and screen-reader-only controls sit off screen until focused.
      if (rect.width <= 1 || rect.height <= 1 || rect.bottom < 0) continue;
      if (el.tagName === "A" && style.display === "inline") {
        const block = el.parentElement;
        const own = el.textContent?.trim() ?? "";
        if (block && (block.textContent?.trim() ?? "") !== own) continue;
      }
      if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
        const label = el.closest("label") ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
        if (label) rect = label.getBoundingClientRect();
      }
      if (rect.width < 43.5 || rect.height < 43.5) {
        const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 30) ?? "";
        small.push(
          `${el.tagName.toLowerCase()} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    return small;
  });
}

describe("touch targets at a phone's width", () => {
  it("are at least 44×44 px on the main pages", async () => {
    const found: string[] = [];
    const visit = async (page: Page, path: string, ready = "main h1") => {
      await page.goto(`${suite.server.url}${path}`);
      await page.locator(ready).first().waitFor();
      found.push(...(await smallTargets(page)).map((s) => `${path}: ${s}`));
    };
    const anon = await profile({});
    await visit(anon.page, "/", "main a[href^='/boards/']");
    await visit(anon.page, `/boards/${boardId}`, ".idea-card");
    await anon.page.locator(".site-menu > summary").click();
    await anon.page.locator(".site-menu .menu-panel").waitFor();
    found.push(...(await smallTargets(anon.page)).map((s) => `menu: ${s}`));
    await visit(anon.page, "/signup");
    await visit(anon.page, "/login");
    await visit(anon.page, "/join");
    await visit(anon.page, "/hilfe");
    await visit(anon.page, "/barrierefreiheit");
    const signed = await profile({ who: resident });
    await visit(signed.page, `/boards/${boardId}`, ".idea-card");
    await visit(signed.page, `/ideas/${ideaId}`, ".comments, main h1");
    await visit(signed.page, `/boards/${boardId}/new`);
    await visit(signed.page, "/notifications");
    const desk = await profile({ who: manager });
    await visit(desk.page, "/moderation");
    await visit(desk.page, "/manage");
    for (const c of [anon, signed, desk]) await c.context.close();
    expect(found).toEqual([]);
  });
});
