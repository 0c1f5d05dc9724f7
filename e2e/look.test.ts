import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { shoot } from "./support/screens.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { closeMenu, openMenu } from "./support/ui.ts";

const suite = serverAndBrowser();

/**
 * The widths people use, and 200 % zoom: a 1280 px window zoomed to 200 % lays the page
 * out in 640 CSS pixels with two device pixels each, which is what the last size is.
 */
const sizes = [
  { name: "320", width: 320, height: 720, scale: 1 },
  { name: "390", width: 390, height: 844, scale: 1 },
  { name: "768", width: 768, height: 1024, scale: 1 },
  { name: "1280", width: 1280, height: 900, scale: 1 },
  { name: "zoom200", width: 640, height: 450, scale: 2 },
] as const;
const colourSchemes = ["light", "dark"] as const;
type Who = "visitor" | "resident" | "manager" | "guest";

let cookies: Record<Exclude<Who, "visitor">, string>;
let paths: { name: string; path: string; who: Who; ready: (page: Page) => Promise<unknown> }[];

beforeAll(async () => {
  const url = suite.server.url;
  const manager = await makeManager(suite.server);
  const maria = Person.over(suite.server);
  await maria.login(manager.email, manager.password);
  const board = seedBoard(suite.server.services, {
    title: "Ideen für den Kurpfalzplatz",
    description: "Was soll aus dem Platz werden? Schreib uns deine Idee.",
    categories: ["Begegnung", "Grün & Umwelt", "Verkehr", "Spielen & Sport", "Kultur", "Sonstiges"],
  });
  const rosa = Person.over(suite.server);
  await rosa.register("Rosa Resident");
  const posted = [
    { title: "Bänke im Schatten der Linden", kind: "idea", category: "Begegnung" },
    { title: "Die Ampel an der Hauptstraße ist zu kurz grün", kind: "problem", category: "Verkehr" },
    { title: "Ein Bücherschrank vor der Bibliothek", kind: "idea", category: "Kultur" },
    { title: "Mehr Bäume statt Parkplätze", kind: "idea" },
  ];
  const ids: string[] = [];
  for (const p of posted) {
    const answer = await rosa.call("POST", `/api/boards/${board.id}/ideas`, {
      ...p,
      body: "Damit sich Nachbarinnen und Nachbarn auf dem Platz treffen können, auch an heißen Tagen.",
    });
    ids.push(answer.json.idea.id as string);
  }
  await maria.call("POST", `/api/ideas/${ids[0]}/status`, { status: "accepted" });
  await maria.call("POST", `/api/ideas/${ids[1]}/status`, {
    status: "forwarded",
    contact: { office: "Straßenverkehrsamt" },
  });
  await maria.call("POST", `/api/ideas/${ids[2]}/status`, { status: "reviewing" });
  // Something in the desk's queue.
  const checked = seedBoard(suite.server.services, { title: "Geprüfte Wand", moderation: "pre" });
  await rosa.call("POST", `/api/boards/${checked.id}/ideas`, { title: "Ein Trinkbrunnen am Markt" });

  const workshop = seedBoard(suite.server.services, {
    title: "Bürgerabend im QUER",
    mode: "workshop",
    voting: { kind: "dots", dots: 3 },
  });
  const { code } = (await maria.call("POST", `/api/boards/${workshop.id}/session`)).json;
  await maria.call("POST", `/api/boards/${workshop.id}/ideas`, { title: "Ein Sommerfest auf dem Platz" });
  const guest = Person.over(suite.server);
  expect((await guest.call("POST", "/api/join", { code, name: "Aylin" })).status).toBe(200);

  cookies = { resident: rosa.cookie, manager: maria.cookie, guest: guest.cookie };
  const h1 = (page: Page) => page.locator("h1").first().waitFor();
  paths = [
    { name: "boards", path: "/", who: "resident", ready: (p) => p.locator(".board-card").first().waitFor() },
    {
      name: "board",
      path: `/boards/${board.id}`,
      who: "resident",
      ready: (p) => p.locator(".idea-card").first().waitFor(),
    },
    { name: "idea", path: `/ideas/${ids[0]}`, who: "resident", ready: h1 },
    {
      name: "new-idea",
      path: `/boards/${board.id}/new`,
      who: "resident",
      ready: (p) => p.getByLabel("Titel").waitFor(),
    },
    {
      name: "sign-in",
      path: "/login",
      who: "visitor",
      ready: (p) => p.getByLabel("E-Mail-Adresse").waitFor(),
    },
    {
      name: "desk-queue",
      path: "/moderation",
      who: "manager",
      ready: (p) => p.getByText("Ein Trinkbrunnen am Markt").first().waitFor(),
    },
    {
      name: "workshop-phone",
      path: `/workshop/${workshop.id}`,
      who: "guest",
      ready: (p) => p.getByText("Ein Sommerfest auf dem Platz").first().waitFor(),
    },
    { name: "projector", path: `/present/${workshop.id}`, who: "manager", ready: h1 },
  ];
  void url;
});

async function contextFor(who: Who, scheme: (typeof colourSchemes)[number], size: (typeof sizes)[number]) {
  const context: BrowserContext = await suite.browser.newContext({
    locale: "de-DE",
    colorScheme: scheme,
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
  });
  context.setDefaultTimeout(20_000);
  if (who !== "visitor") {
    const [name, value] = cookies[who].split("=") as [string, string];
    await context.addCookies([{ name, value, url: suite.server.url }]);
  }
  return context;
}

/** How far the page reaches past the window's width, in CSS pixels (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

/** What sticks out past the window: the elements a fix has to look at. */
const wideElements = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`),
  );

describe("the look", () => {
  for (const scheme of colourSchemes) {
    for (const size of sizes) {
      it(`fits, passes axe and is photographed at ${size.name} in the ${scheme} scheme`, async () => {
        const problems: string[] = [];
        for (const who of ["visitor", "resident", "manager", "guest"] as const) {
          const mine = paths.filter((p) => p.who === who);
          if (mine.length === 0) continue;
          const context = await contextFor(who, scheme, size);
          const page = await context.newPage();
          for (const { name, path, ready } of mine) {
            await page.goto(suite.server.url + path);
            await ready(page);
            const over = await overflow(page);
            if (over > 0)
              problems.push(`${name}: ${over}px too wide (${(await wideElements(page)).join(", ")})`);
            problems.push(...describeViolations(await axeViolations(page)).map((v) => `${name}: ${v}`));
            await shoot(page, `screens/${name}-${size.name}-${scheme}`, { fullPage: true });
          }
          await context.close();
        }
        expect(problems).toEqual([]);
      });
    }
  }
});

describe("the header's menu on a phone", () => {
  it("is one row, opens and closes by keyboard, and gives focus back", async () => {
    const context = await contextFor("resident", "light", sizes[1]);
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/`);
    await page.locator(".board-card").first().waitFor();
    const header = await page.locator(".site-header").boundingBox();
    // One row: well under the 220 px the header took before.
    expect(header?.height ?? 999).toBeLessThan(90);
    await expect(page.getByRole("button", { name: "Abmelden" }).isVisible()).resolves.toBe(false);

    const menu = page.locator(".site-menu > summary");
    await menu.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("button", { name: "Abmelden" }).waitFor();
    expect(await expanded(page)).toBe(true);
    // Tab goes from the menu's button into the menu.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".menu-panel") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Abmelden" }).waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.matches(".site-menu > summary"))).toBe(true);
    expect(await expanded(page)).toBe(false);

    // A link in the menu closes it as it goes.
    await openMenu(page);
    await page.locator(".site-menu").getByRole("link", { name: "Meine Daten" }).click();
    await page.getByRole("heading", { level: 1, name: "Meine Daten" }).waitFor();
    expect(await page.locator(".site-menu").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await closeMenu(page);
    await context.close();
  });

  it("opens before the script has run", async () => {
    const context = await contextFor("visitor", "light", sizes[1]);
    await context.route(/\.js$/, (route) => route.abort());
    const page = await context.newPage();
    const board = paths.find((p) => p.name === "board");
    await page.goto(suite.server.url + (board?.path ?? "/"));
    // The board page comes with its server-rendered first view, header included.
    await page.locator(".site-menu > summary").click();
    await page.locator(".site-menu").getByRole("link", { name: "Registrieren" }).waitFor();
    await context.close();
  });

  it("shows one bar from 60rem, as wide as the desk: links in line, account and language as compact menus", async () => {
    const context = await contextFor("manager", "light", sizes[3]);
    const page = await context.newPage();
    const desk = paths.find((p) => p.name === "desk-queue");
    await page.goto(suite.server.url + (desk?.path ?? "/moderation"));
    const header = page.locator(".site-header");
    await header.getByRole("link", { name: "Moderation", exact: true }).waitFor();
    expect(await page.locator(".site-menu > summary").isVisible()).toBe(false);
    expect(await header.getByRole("link", { name: "Themen" }).isVisible()).toBe(true);
    expect(await header.getByLabel("Sprache").isVisible()).toBe(true);
    // One row, starting where main's content starts.
    const bar = await page.locator(".header-bar").boundingBox();
    expect(bar?.height).toBeLessThan(70);
    const mainStart = await page
      .locator("main")
      .evaluate(
        (m) => m.getBoundingClientRect().left + Number.parseFloat(getComputedStyle(m).paddingInlineStart),
      );
    expect(Math.abs((bar?.x ?? 0) - mainStart)).toBeLessThan(1);
    // The account's links wait behind its button, which opens and closes by keyboard.
    const logout = header.getByRole("button", { name: "Abmelden" });
    expect(await logout.isVisible()).toBe(false);
    const account = page.locator(".account-menu > summary");
    await account.focus();
    await page.keyboard.press("Enter");
    await logout.waitFor();
    expect(await header.getByRole("link", { name: "Meine Daten" }).isVisible()).toBe(true);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.keyboard.press("Escape");
    await logout.waitFor({ state: "hidden" });
    expect(await page.evaluate(() => document.activeElement?.closest("summary") !== null)).toBe(true);
    await context.close();
  });

  it("gives a workshop's guests the workshop's name, theirs and a way out", async () => {
    const context = await contextFor("guest", "light", sizes[1]);
    const page = await context.newPage();
    const phone = paths.find((p) => p.name === "workshop-phone");
    await page.goto(suite.server.url + (phone?.path ?? "/"));
    const header = page.locator(".site-header");
    await header.getByText("Bürgerabend im QUER").waitFor();
    await header.getByText("Du bist dabei als Aylin").waitFor();
    expect(await header.getByRole("link", { name: "Meine Daten" }).count()).toBe(0);
    await header.getByRole("button", { name: "Verlassen" }).click();
    await page.waitForURL((u) => u.pathname.startsWith("/join"));
    await context.close();
  });
});

/** The menu button's expanded state as the browser's accessibility tree reports it. */
async function expanded(page: Page): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { name?: { value?: string }; properties?: { name: string; value: { value: unknown } }[] }[];
  };
  const button = nodes.find((n) => n.name?.value === "Menü");
  const state = button?.properties?.find((p) => p.name === "expanded")?.value.value;
  await cdp.detach();
  return typeof state === "boolean" ? state : undefined;
}
