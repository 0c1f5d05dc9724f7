import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieName } from "../server/src/auth/cookie.ts";
import { personAs, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { waitLive } from "./support/ui.ts";

/**
 * Private by design: no page asks any host but the server itself — no fonts, scripts,
 * maps or analytics from elsewhere. Every request of every page a role sees is recorded
 * (documents, scripts, styles, images, fetches, WebSockets, workers), and so is every
 * request the content security policy refused before it left the browser.
 */

const suite = serverAndBrowser();
const app = { request: (path: string, init: RequestInit) => fetch(suite.server.url + path, init) };

interface World {
  board: string;
  idea: string;
  project: string;
  workshop: string;
  code: string;
  resident: string;
  manager: string;
}
let world: World | undefined;

function current(): World {
  if (!world) throw new Error("the world is made in beforeAll");
  return world;
}

async function call(cookie: string, method: string, path: string, body?: unknown) {
  const res = await fetch(suite.server.url + path, {
    method,
    headers: { origin: suite.server.url, cookie, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
  return (await res.json()) as Record<string, { id: string }> & { code: string };
}

beforeAll(async () => {
  const { services } = suite.server;
  const board = seedBoard(services, { title: "Uferpark" });
  const workshop = seedBoard(services, { title: "Abend im QUER", mode: "workshop" });
  const resident = personAs(services, app, "resident", { name: "Rita" }).person.cookie;
  const manager = personAs(services, app, "manager", { name: "Maria" }).person.cookie;
  const idea = (
    await call(resident, "POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Bänke am Fluss" })
  ).idea as { id: string };
  await call(resident, "POST", `/api/ideas/${idea.id}/comments`, { body: "Am liebsten im Schatten" });
  await call(manager, "POST", `/api/ideas/${idea.id}/status`, { status: "reviewing" });
  const project = (await call(manager, "POST", `/api/ideas/${idea.id}/promote`)).project as { id: string };
  const { code } = await call(manager, "POST", `/api/boards/${workshop.id}/session`);
  world = {
    board: board.id,
    idea: idea.id,
    project: project.id,
    workshop: workshop.id,
    code,
    resident,
    manager,
  };
});

interface Recorded {
  urls: string[];
  refused: string[];
}

/** Records what every page of the context asks for, and what the policy refused. */
async function record(context: BrowserContext, page: Page): Promise<Recorded> {
  const seen: Recorded = { urls: [], refused: [] };
  context.on("request", (r) => seen.urls.push(r.url()));
  // WebSockets are not requests to Playwright: each page reports its own.
  const sockets = (p: Page) => p.on("websocket", (ws) => seen.urls.push(ws.url()));
  sockets(page);
  context.on("page", sockets);
  await context.exposeBinding("__refused", (_source, what: string) => {
    seen.refused.push(what);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __refused: (what: string) => void }).__refused(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${location.pathname}`,
      );
    });
  });
  return seen;
}

/** A role's browser session: a fresh profile with that person's session cookie. */
async function as(cookie: string | null): Promise<{ context: BrowserContext; page: Page; seen: Recorded }> {
  const { context, page } = await newPage(suite.browser);
  const seen = await record(context, page);
  if (cookie) {
    const name = cookieName(suite.server.services.config);
    await context.addCookies([{ name, value: cookie.slice(name.length + 1), url: suite.server.url }]);
  }
  return { context, page, seen };
}

/**
 * Opens a page and waits until it shows its heading, its live connection is up (for a
 * board) and the network is quiet.
 */
async function visit(page: Page, path: string, heading: string | RegExp, live = false): Promise<void> {
  await page.goto(suite.server.url + path);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  if (live) await waitLive(page);
  await page.waitForLoadState("networkidle");
}

/** Requests that went anywhere but the server's own origin (http: or ws:). */
function elsewhere(urls: string[]): string[] {
  const own = new URL(suite.server.url);
  return urls.filter((raw) => {
    const url = new URL(raw);
    if (url.protocol === "data:" || url.protocol === "blob:" || url.protocol === "about:") return false;
    const scheme = url.protocol === "ws:" ? "http:" : url.protocol === "wss:" ? "https:" : url.protocol;
    return scheme !== own.protocol || url.host !== own.host;
  });
}

async function expectOwnOrigin(session: { context: BrowserContext; seen: Recorded }, sockets: string[]) {
  const { seen } = session;
  // The recording works: pages, their scripts and the live documents' sockets are in it.
  expect(seen.urls.length).toBeGreaterThan(5);
  for (const doc of sockets) expect(seen.urls.some((u) => u.endsWith(`/sync/${doc}`))).toBe(true);
  expect(elsewhere(seen.urls)).toEqual([]);
  expect(seen.refused).toEqual([]);
  await session.context.close();
}

describe("every request goes to the server's own origin", () => {
  it("for an anonymous visitor", async () => {
    const { board, idea, project } = current();
    const session = await as(null);
    const { page } = session;
    await visit(page, "/", "Themen");
    await visit(page, `/boards/${board}`, "Uferpark", true);
    await visit(page, `/ideas/${idea}`, "Mehr Bänke am Fluss");
    await visit(page, `/projects/${project}`, "Mehr Bänke am Fluss");
    await visit(page, "/login", "Anmelden");
    await visit(page, "/signup", "Konto anlegen");
    await expectOwnOrigin(session, [`board:${board}`]);
  });

  it("for a resident", async () => {
    const { board, idea, project, resident } = current();
    const session = await as(resident);
    const { page } = session;
    await visit(page, "/", "Themen");
    await visit(page, `/boards/${board}`, "Uferpark", true);
    await visit(page, `/boards/${board}/new`, "Idee teilen");
    await visit(page, `/ideas/${idea}`, "Mehr Bänke am Fluss");
    await visit(page, `/projects/${project}`, "Mehr Bänke am Fluss");
    await visit(page, "/notifications", "Benachrichtigungen");
    await visit(page, "/account", "Meine Daten");
    await expectOwnOrigin(session, [`board:${board}`, `idea:${idea}`]);
  });

  it("for the manager, on the desk and in the workshop", async () => {
    const { board, idea, workshop, manager } = current();
    const session = await as(manager);
    const { page } = session;
    await visit(page, "/", "Themen");
    await visit(page, `/boards/${board}`, "Uferpark", true);
    await visit(page, `/ideas/${idea}`, "Mehr Bänke am Fluss");
    await visit(page, "/manage", "Themen verwalten");
    await visit(page, "/manage/office", /Büro/);
    await visit(page, "/moderation", "Moderation");
    await visit(page, "/moderation/people", "Personen");
    await visit(page, "/moderation/audit", "Protokoll");
    await visit(page, "/moderation/outbox", "Postausgang");
    await visit(page, "/account", "Meine Daten");
    await visit(page, `/facilitate/${workshop}`, "Workshop leiten: Abend im QUER");
    await visit(page, `/present/${workshop}`, "Abend im QUER");
    await visit(page, `/workshop/${workshop}/results`, "Ergebnis: Abend im QUER");
    await visit(page, `/workshop/${workshop}/minutes`, /Abend im QUER/);
    await expectOwnOrigin(session, [`board:${board}`, `board:${workshop}`, `canvas:${workshop}`]);
  });

  it("for a workshop guest who joined by code", async () => {
    const { workshop, code } = current();
    const session = await as(null);
    const { page } = session;
    await visit(page, `/join/${code}`, "Beim Workshop mitmachen");
    await page.getByLabel("Dein Name").fill("Gustav");
    await page.getByRole("button", { name: "Mitmachen" }).click();
    await page.waitForURL((url) => url.pathname === `/workshop/${workshop}`);
    await page.getByRole("heading", { level: 1, name: "Abend im QUER" }).waitFor();
    await page.waitForLoadState("networkidle");
    await visit(page, `/workshop/${workshop}/results`, "Ergebnis: Abend im QUER");
    await visit(page, "/account", "Meine Daten");
    await expectOwnOrigin(session, [`board:${workshop}`]);
  });
});
