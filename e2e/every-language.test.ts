import { type Locale, locales } from "@quer/shared/i18n/locales";
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../client/src/i18n/en.ts";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { shoot } from "./support/screens.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";

const suite = serverAndBrowser();

/** The narrowest phone the text must reflow to, and a laptop. */
const widths = [
  { name: "320", width: 320, height: 720 },
  { name: "1280", width: 1280, height: 900 },
] as const;
type Who = "visitor" | "resident" | "manager" | "guest";
interface Visit {
  name: string;
  path: string;
  who: Who;
  ready: (page: Page) => Promise<unknown>;
  /** The h1 is people's words (German here), which read left to right in Arabic pages too. */
  ownHeading?: boolean;
}

/** Every message key the app knows, as a leftover in the visible text would show it. */
const keys = new Set(Object.keys(en));

let cookies: Record<Exclude<Who, "visitor">, string>;
/** The accounts, whose stored language wins over the browser's. */
let accounts: Person[];
let visits: Visit[];

beforeAll(async () => {
  const manager = await makeManager(suite.server);
  const maria = Person.over(suite.server);
  await maria.login(manager.email, manager.password);
  const board = seedBoard(suite.server.services, {
    title: "Ideen für den Kurpfalzplatz",
    description: "Was soll aus dem Platz werden? Schreib uns deine Idee.",
    categories: ["Begegnung", "Verkehr", "Kultur"],
  });
  const rosa = Person.over(suite.server);
  await rosa.register("Rosa Resident");
  const tom = Person.over(suite.server);
  await tom.register("Tom Nachbar");
  const idea = await rosa.call("POST", `/api/boards/${board.id}/ideas`, {
    title: "Bänke im Schatten der Linden",
    kind: "idea",
    category: "Begegnung",
    body: "Damit sich Nachbarinnen und Nachbarn auf dem Platz treffen können, auch an heißen Tagen.",
  });
  const ideaId = idea.json.idea.id as string;
  const problem = await rosa.call("POST", `/api/boards/${board.id}/ideas`, {
    // People write long compounds, in German as in Ukrainian; they wrap, never widen the page.
    title: "Fußgängerüberwegsbedarfsermittlung an der Hauptstraße",
    body: "Ампера Високовольтнолінійнопересувнийпункт, Donaudampfschifffahrtsgesellschaftskapitänsmütze.",
    kind: "problem",
    category: "Verkehr",
  });
  const problemId = problem.json.idea.id as string;
  for (const [who, id] of [
    [tom, ideaId],
    [maria, ideaId],
    [tom, problemId],
  ] as const) {
    expect((await who.call("PUT", `/api/ideas/${id}/vote`)).status).toBe(200);
  }
  expect(
    (
      await tom.call("POST", `/api/ideas/${ideaId}/comments`, {
        body: "Gute Idee, ich helfe beim Aufstellen: Nachbarschaftshilfeorganisationsverantwortliche gesucht.",
      })
    ).status,
  ).toBe(201);
  await rosa.call("POST", `/api/ideas/${ideaId}/comments`, { body: "Danke!" });
  await maria.call("POST", `/api/ideas/${ideaId}/status`, { status: "accepted" });
  // Something waiting in the manager's queue, and so something in the audit log.
  const checked = seedBoard(suite.server.services, { title: "Geprüfte Wand", moderation: "pre" });
  await rosa.call("POST", `/api/boards/${checked.id}/ideas`, {
    title: "Ein Trinkbrunnen am Markt",
    body: "Trinkwasserversorgungsanlagenbetriebsgenehmigung liegt vor.",
  });

  const workshop = seedBoard(suite.server.services, {
    title: "Bürgerabend im QUER",
    mode: "workshop",
    voting: { kind: "dots", dots: 3 },
  });
  const { code } = (await maria.call("POST", `/api/boards/${workshop.id}/session`)).json;
  await maria.call("POST", `/api/boards/${workshop.id}/ideas`, { title: "Ein Sommerfest auf dem Platz" });
  await maria.call("POST", `/api/boards/${workshop.id}/ideas`, {
    title: "Quartiersbegegnungsstättenöffnungszeitenverlängerung",
  });
  const guest = Person.over(suite.server);
  expect((await guest.call("POST", "/api/join", { code, name: "Aylin" })).status).toBe(200);

  accounts = [rosa, maria];
  cookies = { resident: rosa.cookie, manager: maria.cookie, guest: guest.cookie };
  const h1 = (p: Page) => p.locator("h1").first().waitFor();
  const text = (words: string) => (p: Page) => p.getByText(words).first().waitFor();
  visits = [
    { name: "boards", path: "/", who: "resident", ready: (p) => p.locator(".board-card").first().waitFor() },
    {
      name: "board",
      ownHeading: true,
      path: `/boards/${board.id}`,
      who: "resident",
      ready: (p) => p.locator(".idea-card").nth(1).waitFor(),
    },
    { name: "idea", ownHeading: true, path: `/ideas/${ideaId}`, who: "resident", ready: text("Danke!") },
    {
      name: "new-idea",
      path: `/boards/${board.id}/new`,
      who: "resident",
      ready: (p) => p.locator("main form input").first().waitFor(),
    },
    { name: "my-ideas", path: "/my-ideas", who: "resident", ready: text("Bänke im Schatten der Linden") },
    { name: "help", path: "/hilfe", who: "resident", ready: h1 },
    { name: "statement", path: "/barrierefreiheit", who: "visitor", ready: h1 },
    {
      name: "login",
      path: "/login",
      who: "visitor",
      ready: (p) => p.locator("main input[type=email]").waitFor(),
    },
    {
      name: "signup",
      path: "/signup",
      who: "visitor",
      ready: (p) => p.locator("main input[type=email]").waitFor(),
    },
    { name: "queue", path: "/moderation", who: "manager", ready: text("Ein Trinkbrunnen am Markt") },
    {
      name: "audit",
      path: "/moderation/audit",
      who: "manager",
      ready: (p) => p.locator("main li, main tr").first().waitFor(),
    },
    {
      name: "phone",
      ownHeading: true,
      path: `/workshop/${workshop.id}`,
      who: "guest",
      ready: text("Ein Sommerfest auf dem Platz"),
    },
    { name: "projector", ownHeading: true, path: `/present/${workshop.id}`, who: "manager", ready: h1 },
  ];
});

async function contextFor(who: Who, locale: Locale, size: (typeof widths)[number]): Promise<BrowserContext> {
  const context = await suite.browser.newContext({
    locale: "de-DE",
    viewport: { width: size.width, height: size.height },
  });
  context.setDefaultTimeout(20_000);
  // Chosen as the switch chooses: kept in storage, and told to the server's first view.
  await context.addCookies([{ name: "quer_locale", value: locale, url: suite.server.url }]);
  await context.addInitScript((value) => localStorage.setItem("quer.locale", value), locale);
  if (who !== "visitor") {
    const [name, value] = cookies[who].split("=") as [string, string];
    await context.addCookies([{ name, value, url: suite.server.url }]);
  }
  return context;
}

/** How far the page reaches past the window's width, and what sticks out. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const over = root.scrollWidth - root.clientWidth;
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll("body *")]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.right > width + 1 || box.left < -1;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    // Text cut at the edge of a box that hides its overflow (a deliberate `…` and fields, which scroll, aside).
    const cut = [...document.querySelectorAll<HTMLElement>("main *:not(input, textarea, select)")]
      .filter((el) => {
        const style = getComputedStyle(el);
        return (
          /hidden|clip/.test(style.overflowX) &&
          style.textOverflow !== "ellipsis" &&
          el.clientWidth > 1 &&
          el.scrollWidth > el.clientWidth + 1
        );
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`);
    return { over, wide, cut };
  });

/** For each arrow that points (back, undo, redo): whether it is drawn mirrored. */
const pointingArrows = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".back-arrow, .turn-arrow")].map((el) =>
      getComputedStyle(el).transform.startsWith("matrix(-1"),
    ),
  );

/** Whether the h1's first line starts at its left edge, as a Latin title does in any page. */
const startsLeft = (page: Page) =>
  page
    .locator("h1")
    .first()
    .evaluate((h1) => {
      const range = document.createRange();
      range.selectNodeContents(h1);
      const first = range.getClientRects()[0];
      return first !== undefined && first.left - h1.getBoundingClientRect().left < 2;
    });

/** Text that reached the reader unfinished: a message key, `undefined`, or an unfilled `{placeholder}`. */
function leftovers(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\b[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+\b/g)) {
    if (keys.has(match[0])) found.add(match[0]);
  }
  for (const match of text.matchAll(/\bundefined\b|\bNaN\b|\{[^}\n]{0,40}\}/g)) found.add(match[0]);
  return [...found];
}

describe("every main page in every language", () => {
  for (const locale of locales) {
    it(`works in ${locale} at 320 px and 1280 px`, { timeout: 240_000 }, async () => {
      const problems: string[] = [];
      for (const account of accounts) {
        expect((await account.call("PATCH", "/api/me", { locale })).status).toBe(200);
      }
      for (const size of widths) {
        for (const who of ["visitor", "resident", "manager", "guest"] as const) {
          const context = await contextFor(who, locale, size);
          const page = await context.newPage();
          for (const { name, path, ready, ownHeading } of visits.filter((v) => v.who === who)) {
            const at = `${name} ${size.name}`;
            await page.goto(suite.server.url + path);
            await ready(page);
            await page
              .waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 5_000 })
              .catch(() => undefined);
            const lang = await page.evaluate(() => document.documentElement.lang);
            if (lang !== locale) problems.push(`${at}: lang="${lang}"`);
            const dir = await page.evaluate(() => document.documentElement.dir);
            if (dir !== (locale === "ar" ? "rtl" : "ltr")) problems.push(`${at}: dir="${dir}"`);
            if (ownHeading && locale === "ar" && !(await startsLeft(page))) {
              problems.push(`${at}: the German title in the h1 does not start on the left`);
            }
            const arrows = await pointingArrows(page);
            // The author's co-writing panel has undo and redo: the check below is never empty there.
            if (name === "idea" && (await page.locator(".turn-arrow").count()) < 2) {
              problems.push(`${at}: no undo and redo arrows`);
            }
            const wrongWay = arrows.filter((flipped) => flipped !== (locale === "ar"));
            if (wrongWay.length > 0) problems.push(`${at}: ${wrongWay.length} arrows point the wrong way`);
            const { over, wide, cut } = await overflow(page);
            if (over > 0) problems.push(`${at}: ${over}px too wide (${wide.join(", ")})`);
            // The projector is made for a wall: its tiles shrink with the screen, and at a phone's width they clip.
            const wall = name === "projector" && size.name === "320";
            if (cut.length > 0 && !wall) problems.push(`${at}: text cut off in ${cut.join(", ")}`);
            // biome-ignore lint/performance/useDomNodeTextContent: only the rendered text reaches people
            const left = leftovers(await page.evaluate(() => document.body.innerText));
            if (left.length > 0) problems.push(`${at}: unfinished text ${left.join(", ")}`);
            if (size.name === "320") {
              problems.push(...describeViolations(await axeViolations(page)).map((v) => `${at}: ${v}`));
            }
            if (locale === "ar" || locale === "uk" || locale === "de-x-ls") {
              await shoot(page, `languages/${locale}-${name}-${size.name}`, { fullPage: true });
            }
          }
          await context.close();
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
