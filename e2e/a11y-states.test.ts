import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";

/*
 * axe-core (WCAG 2.1 A and AA) on every page and the states that matter: menus and forms
 * open, errors shown, the manager's pages, each workshop phase on the projector, the
 * phone and the facilitator's page, a card mid-drag, in German and in Arabic (right to
 * left). The steps use roles and structure, not words, so they run in either language.
 */
const suite = serverAndBrowser();

const languages = [
  { code: "de", dir: "ltr", browser: "de-DE" },
  { code: "ar", dir: "rtl", browser: "ar" },
] as const;
type Language = (typeof languages)[number];

let boardId: string;
let ideaId: string;
let reportedId: string;
let projectId: string;
let resident: Person;
let manager: Person;

beforeAll(async () => {
  boardId = await firstBoardId(suite.server);
  resident = Person.over(suite.server);
  await resident.register("Rosa");
  const other = Person.over(suite.server);
  await other.register("Karl");
  manager = await signedInManager(suite.server.services, Person.over(suite.server));
  const post = async (who: Person, board: string, title: string, body = "") =>
    (await who.call("POST", `/api/boards/${board}/ideas`, { title, body, kind: "idea" })).json.idea
      .id as string;
  ideaId = await post(other, boardId, "Trinkbrunnen am Marktplatz", "Im Sommer wäre das eine Hilfe.");
  await resident.call("PUT", `/api/ideas/${ideaId}/vote`);
  await resident.call("POST", `/api/ideas/${ideaId}/comments`, { body: "Gute Idee!" });
  // Something for the queue: a pending idea and a report.
  const pre = seedBoard(suite.server.services, { title: "Spielplätze", moderation: "pre" });
  await post(resident, pre.id, "Sandkasten erneuern");
  reportedId = await post(other, boardId, "Graffiti an der Brücke");
  await resident.call("POST", `/api/ideas/${reportedId}/report`, { reason: "Beleidigend" });
  const promoted = await post(other, boardId, "Hoffest im Sommer");
  projectId = (await manager.call("POST", `/api/ideas/${promoted}/promote`)).json.project?.id ?? "";
});

/** A browser profile in `lang`, set the way the app keeps a choice, signed in as `who`. */
async function profile(lang: Language, who?: Person, viewport = { width: 390, height: 844 }) {
  // A signed-in person's pages follow the account's own language.
  if (who) expect((await who.call("PATCH", "/api/me", { locale: lang.code })).status).toBe(200);
  const context = await suite.browser.newContext({ locale: lang.browser, viewport });
  context.setDefaultTimeout(20_000);
  await context.addInitScript((code) => localStorage.setItem("quer.locale", code), lang.code);
  const cookies: { name: string; value: string; url: string }[] = [
    { name: "quer_locale", value: lang.code, url: suite.server.url },
  ];
  const session = who?.cookie.split("=");
  if (session?.[0] && session[1])
    cookies.push({ name: session[0], value: session[1], url: suite.server.url });
  await context.addCookies(cookies);
  return { context, page: await context.newPage() };
}

/** Every violation found, with where: one assertion at the end shows them all. */
function checker(lang: Language) {
  const found: string[] = [];
  const check = async (page: Page, label: string) => {
    await page.waitForFunction(
      ({ code, dir }) => document.documentElement.lang === code && document.documentElement.dir === dir,
      lang,
    );
    const lines = describeViolations(await axeViolations(page));
    found.push(...lines.map((l) => `${lang.code} ${label}: ${l}`));
  };
  return { found, check };
}

async function open(page: Page, path: string, ready = "main h1") {
  await page.goto(`${suite.server.url}${path}`);
  await page.locator(ready).first().waitFor();
}

const errorsShown = (page: Page) => page.locator('[aria-invalid="true"]').first().waitFor();

async function closeAll(...contexts: BrowserContext[]) {
  for (const c of contexts) await c.close();
}

describe.each(languages)("axe on every page and state ($code)", (lang) => {
  it("public and resident pages", async () => {
    const { found, check } = checker(lang);
    const anon = await profile(lang);
    const p = anon.page;
    await open(p, "/", ".board-list, main h1");
    await check(p, "boards");
    await open(p, `/boards/${boardId}`, ".idea-card");
    await check(p, "board");
    await p.locator(".site-menu > summary").click();
    await p.locator(".site-menu .menu-panel").waitFor();
    await check(p, "board, menu open");
    await open(p, `/ideas/${ideaId}`);
    await check(p, "idea");
    await open(p, "/signup");
    await p.locator("main form button[type=submit]").click();
    await errorsShown(p);
    await check(p, "signup with errors");
    await open(p, "/login");
    await p.locator("main form button[type=submit]").click();
    await errorsShown(p);
    await check(p, "login with errors");
    await open(p, "/reset");
    await check(p, "reset");
    await open(p, "/join");
    await p.locator("main form button[type=submit]").click();
    await errorsShown(p);
    await check(p, "join with errors");
    await open(p, "/gibt-es-nicht");
    await check(p, "not found");
    for (const path of ["/hilfe", "/barrierefreiheit"]) await open(p, path).then(() => check(p, path));

    const signed = await profile(lang, resident);
    const r = signed.page;
    await open(r, `/boards/${boardId}`, ".idea-card");
    await r.locator(".live-pause button").click();
    await r.locator(".live-pause-waiting").getByText(/./).waitFor();
    await check(r, "board, live changes paused");
    await r.locator(".live-pause button").click();
    await open(r, `/boards/${boardId}/new`);
    await r.locator("main form button[type=submit]").click();
    await errorsShown(r);
    await check(r, "post form with errors");
    await open(r, `/ideas/${ideaId}`);
    await r.locator(".report .reason-action > button").click();
    await r.locator(".report textarea").waitFor();
    await check(r, "idea, report form open");
    await r.locator(".report form button[type=submit]").click();
    await errorsShown(r);
    await check(r, "idea, report form with errors");
    for (const path of ["/notifications", "/account", "/my-ideas", `/projects/${projectId}`])
      await open(r, path).then(() => check(r, path));
    await closeAll(anon.context, signed.context);
    expect(found).toEqual([]);
  });

  it("the manager's pages", async () => {
    const { found, check } = checker(lang);
    const { context, page } = await profile(lang, manager, { width: 1280, height: 900 });
    await open(page, "/manage");
    await check(page, "manage");
    await page
      .getByRole("button", { name: /Spielplätze$/ })
      .first()
      .click();
    await page.locator("main form #edit-title, main form input").first().waitFor();
    await check(page, "manage, editor open");
    await open(page, "/manage/office");
    await check(page, "office settings");
    await open(page, "/moderation", "main article");
    await check(page, "queue");
    await page.locator("main article .reason-action > button").first().click();
    await page.locator("main article .reason-form textarea").waitFor();
    await page.locator("main article .reason-form button[type=submit]").click();
    await errorsShown(page);
    await check(page, "queue, hide form with errors");
    for (const path of [
      "/moderation/people",
      "/moderation/audit",
      "/moderation/outbox",
      "/moderation/waiting",
    ])
      await open(page, path).then(() => check(page, path));
    await open(page, `/ideas/${reportedId}`, ".status-form");
    await page.locator(".status-form select[name=status]").selectOption("declined");
    await page.locator(".status-form button[type=submit]").click();
    await errorsShown(page);
    await check(page, "idea, status form with errors");
    await open(page, `/projects/${projectId}`);
    await check(page, "project (manager)");
    await context.close();
    expect(found).toEqual([]);
  });

  it("a workshop in each phase: facilitator, projector, phone, and a card mid-drag", async () => {
    const { found, check } = checker(lang);
    const board = seedBoard(suite.server.services, {
      title: "Abend im QUER",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const started = await manager.call("POST", `/api/boards/${board.id}/session`);
    const f = await profile(lang, manager, { width: 1280, height: 900 });
    const pr = await profile(lang, manager, { width: 1920, height: 1080 });
    const ph = await profile(lang);
    await open(f.page, `/facilitate/${board.id}`, ".ws-phase-buttons button");
    await open(pr.page, `/present/${board.id}`, ".present-phase");
    await open(ph.page, `/join/${started.json.code}`, "main form");
    await ph.page.locator("main form button[type=submit]").click();
    await ph.page.waitForURL((url) => url.pathname.startsWith("/workshop/"));
    await ph.page.locator("main h1").waitFor();
    const guest = ph.page;
    for (const title of ["Mehr Bänke im Park", "Ein Nachbarschaftsfest"]) {
      await guest.locator("main form input[type=text]").first().fill(title);
      await guest.locator("main form button[type=submit]").first().click();
      await pr.page.getByText(title).waitFor();
    }

    const phaseNames = ["collect", "cluster", "vote", "results"] as const;
    for (const [i, phase] of phaseNames.entries()) {
      if (phase === "results") await manager.call("POST", `/api/boards/${board.id}/reveal`);
      await manager.call("POST", `/api/boards/${board.id}/phase`, { phase });
      await f.page.locator(`.ws-phase-buttons button:nth-child(${i + 1})[aria-pressed="true"]`).waitFor();
      const name = await f.page.locator(`.ws-phase-buttons button:nth-child(${i + 1})`).textContent();
      await pr.page.locator(".present-phase", { hasText: name ?? "" }).waitFor();
      if (phase === "cluster") await guest.locator('[aria-labelledby="ws-canvas-heading"]').waitFor();
      if (phase === "vote") await guest.locator(".ws-stepper").first().waitFor();
      if (phase === "results") await guest.locator(".ws-stepper").first().waitFor({ state: "detached" });
      await check(f.page, `facilitate (${phase})`);
      await check(pr.page, `projector (${phase})`);
      await check(guest, `phone (${phase})`);
      if (phase === "cluster") {
        const handle = f.page.locator(".ws-handle").first();
        await handle.scrollIntoViewIfNeeded();
        const box = await handle.boundingBox();
        if (!box) throw new Error("no card to drag");
        await f.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await f.page.mouse.down();
        await f.page.mouse.move(box.x + 120, box.y + 60, { steps: 4 });
        await f.page.locator(".ws-card.is-dragging").waitFor({ state: "attached" });
        await check(f.page, "facilitate, card mid-drag");
        await f.page.mouse.up();
      }
    }
    await open(f.page, `/workshop/${board.id}/results`);
    await check(f.page, "workshop results");
    await open(f.page, `/workshop/${board.id}/minutes`);
    await check(f.page, "workshop minutes");
    await closeAll(f.context, pr.context, ph.context);
    expect(found).toEqual([]);
  });
});
