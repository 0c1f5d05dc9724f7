import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { shoot } from "./support/screens.ts";
import { makeManager, PASSWORD } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
async function screen(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ locale: "de-DE", viewport: { width, height } });
  context.setDefaultTimeout(20_000);
  return { context, page: await context.newPage() };
}

async function expectAxeClean(page: Page) {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

async function join(page: Page, name?: string) {
  if (name) await page.getByLabel("Dein Name").fill(name);
  await page.getByRole("button", { name: "Mitmachen" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/workshop/"));
}

async function post(page: Page, title: string) {
  await page.getByLabel("Idee in einem Satz").fill(title);
  await page.getByRole("button", { name: "Idee abschicken" }).click();
}

function idea(page: Page, title: string) {
  return page.getByRole("article", { name: title });
}

async function addDot(page: Page, title: string) {
  await page.getByRole("button", { name: `Einen Punkt mehr für „${title}“` }).click();
}

describe("live workshop", () => {
  it("runs a whole session: join by code, post, cluster by keyboard, dot-vote, reveal", async () => {
    const manager = await makeManager(suite.server);
    const board = seedBoard(suite.server.services, {
      title: "Abend im QUER",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });

    // The facilitator starts the session.
    const f = await screen(1280, 900);
    await recordAnnouncements(f.context);
    await logInInUi(f.page, suite.server.url, manager);
    await f.page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(f.page, "Workshop leiten: Abend im QUER");
    await f.page.getByRole("button", { name: "Workshop starten" }).click();
    const codeLine = await f.page.locator(".ws-code-line").textContent({ timeout: 20_000 });
    const display = /([A-Z0-9]{3}-[A-Z0-9]{3})/.exec(codeLine ?? "")?.[1];
    expect(display).toBeTruthy();
    const code = (display ?? "").replace("-", "");
    await f.page.getByRole("img", { name: "QR-Code mit dem Link zum Mitmachen" }).waitFor();
    await expectAxeClean(f.page);

    // The projector shows the code, the QR code and the short address.
    const p = await screen(1920, 1080);
    await logInInUi(p.page, suite.server.url, manager);
    await p.page.goto(`${suite.server.url}/present/${board.id}`);
    await p.page.getByText(`Code: ${display}`).waitFor();
    await p.page.getByRole("img", { name: "QR-Code zum Mitmachen" }).waitFor();
    await p.page.getByText(`${new URL(suite.server.url).host}/join`).waitFor();
    await p.page.getByText("Sammeln", { exact: true }).waitFor();

    // Three phones: one opens the link, one types the code, one joins without a name.
    const phones = await Promise.all([
      newPage(suite.browser),
      newPage(suite.browser),
      newPage(suite.browser),
    ]);
    const [a, b, c] = phones.map((x) => x.page) as [Page, Page, Page];
    for (const phone of phones) await recordAnnouncements(phone.context);
    await a.goto(`${suite.server.url}/join/${code}`);
    await join(a, "Aylin");
    await b.goto(`${suite.server.url}/join`);
    await b.getByLabel("Code").fill("falsch");
    await b.getByRole("button", { name: "Mitmachen" }).click();
    await b.getByText("Der Code hat sechs Zeichen", { exact: false }).first().waitFor();
    await b.getByLabel("Code").fill(code.toLowerCase());
    await join(b, "Bernd");
    await c.goto(`${suite.server.url}/join/${display}`);
    await join(c);
    for (const phone of [a, b, c]) {
      await heading(phone, "Abend im QUER");
      await waitLive(phone);
    }
    await expectAxeClean(a);

    // Ideas come in from the phones and arrive on the projector.
    await post(a, "Mehr Bänke im Park");
    await post(b, "Ein Nachbarschaftsfest");
    await post(c, "Tauschregal im QUER");
    await post(a, "Bessere Beleuchtung am Bahnhof");
    for (const title of [
      "Mehr Bänke im Park",
      "Ein Nachbarschaftsfest",
      "Tauschregal im QUER",
      "Bessere Beleuchtung am Bahnhof",
    ]) {
      await p.page.getByText(title, { exact: true }).waitFor();
      await idea(b, title).waitFor();
    }
    await a.getByText("Alles ist gesendet.").waitFor();
    // The timer: started, extended and paused on the control page, seen everywhere.
    await f.page.getByLabel("Minuten").fill("5");
    await f.page.getByRole("button", { name: "Zeit starten" }).click();
    await p.page
      .getByRole("timer")
      .getByText(/^[45]:\d\d$/)
      .waitFor();
    await f.page.getByRole("button", { name: "+1 Minute" }).click();
    await a
      .getByRole("timer")
      .getByText(/^[56]:\d\d$/)
      .waitFor();
    await f.page.getByRole("button", { name: "Anhalten" }).click();
    await b.getByText("(angehalten)").waitFor();
    await shoot(p.page, "workshop-1-collect");
    await expectAxeClean(p.page);

    // Cluster: the facilitator makes groups and moves ideas with the keyboard.
    await f.page.getByRole("button", { name: "Ordnen", exact: true }).click();
    await f.page.getByRole("button", { name: "Ordnen", exact: true, pressed: true }).waitFor();
    await a.getByText("Gerade können keine neuen Ideen eingereicht werden.").waitFor();
    const newGroup = f.page.getByLabel("Name der neuen Gruppe");
    await newGroup.fill("Begegnung");
    await newGroup.press("Enter");
    await announced(f.page, "Gruppe angelegt: Begegnung");
    await newGroup.fill("Verkehr");
    await f.page.getByRole("button", { name: "Gruppe anlegen" }).click();
    await f.page.getByRole("region", { name: /^Verkehr/ }).waitFor();

    const nextFest = f.page.getByRole("button", { name: "„Ein Nachbarschaftsfest“ in die nächste Gruppe" });
    await nextFest.focus();
    await f.page.keyboard.press("Enter");
    await announced(f.page, "„Ein Nachbarschaftsfest“ ist jetzt in: Begegnung");
    await f.page
      .getByRole("region", { name: /^Begegnung/ })
      .getByText("Ein Nachbarschaftsfest")
      .waitFor();
    // Focus stays with the idea, so the next key press moves it on.
    await f.page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.includes("Ein Nachbarschaftsfest"),
    );
    await f.page.keyboard.press("Space");
    await announced(f.page, "„Ein Nachbarschaftsfest“ ist jetzt in: Verkehr");
    await f.page.keyboard.press("Shift+Tab");
    await f.page.keyboard.press("Enter");
    await announced(f.page, "„Ein Nachbarschaftsfest“ ist jetzt in: Begegnung");

    const tausch = f.page.getByLabel("Gruppe wählen für „Tauschregal im QUER“");
    await tausch.focus();
    await tausch.selectOption({ label: "Begegnung" });
    await announced(f.page, "„Tauschregal im QUER“ ist jetzt in: Begegnung");
    await f.page
      .getByLabel("Gruppe wählen für „Bessere Beleuchtung am Bahnhof“")
      .selectOption({ label: "Verkehr" });
    await announced(f.page, "„Bessere Beleuchtung am Bahnhof“ ist jetzt in: Verkehr");
    await f.page
      .getByRole("region", { name: /^Verkehr/ })
      .getByText("Bessere Beleuchtung am Bahnhof")
      .waitFor();
    await expectAxeClean(f.page);

    // Phones follow the canvas live (read-only), the projector groups by it.
    await a
      .getByRole("region", { name: /^Begegnung/ })
      .getByText("Tauschregal im QUER")
      .waitFor();
    await p.page.locator(".present-group", { hasText: "Begegnung" }).waitFor();
    await p.page.locator(".present-group", { hasText: "Verkehr" }).waitFor();
    await shoot(p.page, "workshop-2-cluster");
    await shoot(f.page, "workshop-facilitate-cluster");

    // Vote: three dots each, tallies hidden.
    await f.page.getByRole("button", { name: "Punkten", exact: true }).click();
    for (const phone of [a, b, c]) await phone.getByText("Noch 3 von 3 Punkten").waitFor();
    await expectAxeClean(b);
    await addDot(a, "Mehr Bänke im Park");
    await a.getByText("Noch 2 von 3 Punkten").waitFor();
    await addDot(a, "Mehr Bänke im Park");
    await addDot(a, "Ein Nachbarschaftsfest");
    await a.getByText("Noch 0 von 3 Punkten").waitFor();
    await a.getByText("Alles ist gesendet.").waitFor();
    // One dot too many: the server refuses it and the phone says why.
    await addDot(a, "Tauschregal im QUER");
    await a.getByRole("alert").getByText("Du hast schon alle 3 Punkte vergeben.", { exact: false }).waitFor();
    await idea(a, "Tauschregal im QUER").getByText("Deine Punkte: 0").waitFor();
    await a.getByText("Noch 0 von 3 Punkten").waitFor();

    for (let i = 0; i < 3; i += 1) await addDot(b, "Ein Nachbarschaftsfest");
    await b.getByText("Noch 0 von 3 Punkten").waitFor();
    await addDot(c, "Mehr Bänke im Park");
    await c.getByText("Noch 2 von 3 Punkten").waitFor();
    for (const phone of [b, c]) await phone.getByText("Alles ist gesendet.").waitFor();
    // Before the reveal no phone and no projector shows a tally.
    expect(await a.locator(".ws-tally").count()).toBe(0);
    await a.getByText("Die Punkte werden erst am Ende aufgedeckt.").waitFor();
    await shoot(p.page, "workshop-3-vote");
    await shoot(a, "workshop-phone-vote");

    // Reveal: the projector shows ranked bars.
    await f.page.getByRole("button", { name: "Punkte aufdecken" }).click();
    await f.page.getByRole("region", { name: "Phasen" }).getByText("Die Punkte sind aufgedeckt.").waitFor();
    await f.page.getByRole("button", { name: "Ergebnis", exact: true }).click();
    await f.page.getByRole("button", { name: "Ergebnis", exact: true, pressed: true }).waitFor();
    const bars = p.page.locator(".present-bar-row");
    await bars.first().getByText("Ein Nachbarschaftsfest").waitFor();
    await bars.first().getByText("4 Punkte").waitFor();
    await bars.nth(1).getByText("Mehr Bänke im Park").waitFor();
    await bars.nth(1).getByText("3 Punkte").waitFor();
    await shoot(p.page, "workshop-4-results");
    await expectAxeClean(p.page);
    await p.page.setViewportSize({ width: 1280, height: 720 });
    await shoot(p.page, "workshop-4-results-720p");
    await idea(c, "Ein Nachbarschaftsfest").getByText("4 Punkte").waitFor();

    // Results page: groups with dots, and an idea becomes a project.
    await f.page.goto(`${suite.server.url}/workshop/${board.id}/results`);
    await heading(f.page, "Ergebnis: Abend im QUER");
    const begegnung = f.page.getByRole("region", { name: /^Begegnung/ });
    await begegnung.getByText("4 Punkte", { exact: true }).waitFor();
    await begegnung.getByRole("listitem").first().getByText("Ein Nachbarschaftsfest").waitFor();
    await begegnung.getByRole("listitem").first().getByRole("button", { name: "Zum Projekt machen" }).click();
    await f.page.waitForURL((url) => url.pathname.startsWith("/projects/"));

    // Minutes: print-ready page and Markdown download.
    await f.page.goto(`${suite.server.url}/workshop/${board.id}/minutes`);
    await heading(f.page, "Protokoll: Abend im QUER");
    await f.page.getByText("Ein Nachbarschaftsfest – 4 Punkte").waitFor();
    await f.page.getByText("Neues Projekt: Ein Nachbarschaftsfest").waitFor();
    expect(await f.page.getByRole("link", { name: "Markdown herunterladen" }).getAttribute("href")).toBe(
      `/api/boards/${board.id}/minutes.md`,
    );
    await expectAxeClean(f.page);
  });

  it("sends a post and a vote made offline exactly once after reconnecting", async () => {
    const manager = await makeManager(suite.server, "Mona Manager");
    const m = Person.over(suite.server);
    await m.login(manager.email, PASSWORD);
    const board = seedBoard(suite.server.services, {
      title: "Werkstatt offline",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const started = await m.call("POST", `/api/boards/${board.id}/session`);
    expect(started.status).toBe(201);

    const { context, page } = await newPage(suite.browser);
    await page.goto(`${suite.server.url}/join/${started.json.code}`);
    await join(page, "Olga");
    await heading(page, "Werkstatt offline");
    await waitLive(page);
    await post(page, "Erste Idee am Platz");
    await idea(page, "Erste Idee am Platz").waitFor();

    await m.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" });
    await m.call("PATCH", `/api/boards/${board.id}/workshop`, { postingOpen: true });
    await page.getByText("Noch 3 von 3 Punkten").waitFor();
    await page.getByLabel("Idee in einem Satz").waitFor();

    await context.setOffline(true);
    await addDot(page, "Erste Idee am Platz");
    await addDot(page, "Erste Idee am Platz");
    await post(page, "Trinkbrunnen am Marktplatz");
    await page.getByText("2 Einträge warten auf die Verbindung", { exact: false }).waitFor();
    await page.getByRole("status").getByText("Trinkbrunnen am Marktplatz").waitFor();
    await page.getByText("Noch 1 von 3 Punkten").waitFor();

    await context.setOffline(false);
    await page.getByText("Alles ist gesendet.").waitFor();
    await idea(page, "Trinkbrunnen am Marktplatz").waitFor();

    // The manager's answer has the tallies: the idea exists once, the dots count once.
    const answer = await m.call("GET", `/api/boards/${board.id}`);
    const ideas = answer.json.ideas as { title: string; votes: number }[];
    expect(ideas.filter((i) => i.title === "Trinkbrunnen am Marktplatz")).toHaveLength(1);
    expect(ideas.find((i) => i.title === "Erste Idee am Platz")?.votes).toBe(2);
    // A reload sends nothing again: the queue is empty.
    await page.reload();
    await heading(page, "Werkstatt offline");
    await page.getByText("Noch 1 von 3 Punkten").waitFor();
    const again = await m.call("GET", `/api/boards/${board.id}`);
    expect(
      (again.json.ideas as { title: string }[]).filter((i) => i.title === "Trinkbrunnen am Marktplatz"),
    ).toHaveLength(1);
    await context.close();
  });
});
