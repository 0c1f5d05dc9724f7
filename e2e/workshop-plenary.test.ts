import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { shoot } from "./support/screens.ts";
import { makeManager, PASSWORD } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();
async function screen(width: number, height: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await suite.browser.newContext({ locale: "de-DE", viewport: { width, height } });
  context.setDefaultTimeout(20_000);
  await recordAnnouncements(context);
  return { context, page: await context.newPage() };
}

async function expectAxeClean(page: Page) {
  expect(describeViolations(await axeViolations(page))).toEqual([]);
}

/** The ideas under a group's heading on the projector, in the order shown. */
async function projectorGroup(page: Page, name: string): Promise<string[]> {
  return page.evaluate((name) => {
    const tiles = [...document.querySelectorAll(".present-grid > *")];
    const at = tiles.findIndex((el) => el.matches(".present-group") && el.textContent === name);
    if (at < 0) return [];
    const out: string[] = [];
    for (const el of tiles.slice(at + 1)) {
      if (el.matches(".present-group")) break;
      out.push(el.textContent ?? "");
    }
    return out;
  }, name);
}

describe("workshop with topic tables", () => {
  it("rolls the tables up into the plenary: canvas, projector, spotlight, minutes, join code", async () => {
    const manager = await makeManager(suite.server, "Paula Plenum");
    const m = Person.over(suite.server);
    await m.login(manager.email, PASSWORD);
    const board = seedBoard(suite.server.services, {
      title: "Abend mit Tischen",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const tableIds: string[] = [];
    for (const title of ["Tisch Schule", "Tisch Platz"]) {
      const made = await m.call("POST", `/api/boards/${board.id}/tables`, { title });
      expect(made.status).toBe(201);
      tableIds.push(made.json.table.id);
    }
    const [schule, platz] = tableIds as [string, string];
    const started = await m.call("POST", `/api/boards/${board.id}/session`);
    expect(started.status).toBe(201);
    const display = started.json.display as string;
    const ideas: [string, string][] = [
      [schule, "Tempo 30 vor der Schule"],
      [schule, "Mehr Radständer am Schulhof"],
      [platz, "Zebrastreifen zur Schule"],
      [platz, "Blumenbeete am Marktplatz"],
    ];
    for (const [table, title] of ideas) {
      expect((await m.call("POST", `/api/boards/${table}/ideas`, { title })).status).toBe(201);
    }

    const f = await screen(1280, 900);
    await logInInUi(f.page, suite.server.url, manager);
    await f.page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(f.page, "Workshop leiten: Abend mit Tischen");
    const p = await screen(1920, 1080);
    await logInInUi(p.page, suite.server.url, manager);
    await p.page.goto(`${suite.server.url}/present/${board.id}`);
    await p.page.getByText(`Code: ${display}`).waitFor();
    for (const [, title] of ideas) await p.page.getByText(title, { exact: true }).waitFor();

    // The projector list offers the ideas wherever they sit.
    const choice = f.page.getByLabel("Idee", { exact: true });
    await choice.locator("option", { hasText: "Blumenbeete am Marktplatz" }).waitFor({ state: "attached" });
    expect(await choice.locator("option").allTextContents()).toEqual(ideas.map(([, title]) => title));
    await choice.selectOption({ label: "Blumenbeete am Marktplatz" });
    await f.page.getByRole("button", { name: "Auf dem Beamer zeigen" }).click();
    await p.page.getByRole("heading", { level: 2, name: "Blumenbeete am Marktplatz" }).waitFor();
    await f.page.getByRole("button", { name: "Nicht mehr zeigen" }).click();

    // Clustering: one table makes a group on its own canvas.
    await f.page.getByRole("button", { name: "Ordnen", exact: true }).click();
    await f.page.getByRole("button", { name: "Ordnen", exact: true, pressed: true }).waitFor();
    await f.page.getByLabel("Welcher Tisch wird geordnet?").selectOption({ label: "Tisch Schule" });
    const newGroup = f.page.getByLabel("Name der neuen Gruppe");
    await newGroup.fill("Schulweg");
    await newGroup.press("Enter");
    await announced(f.page, "Gruppe angelegt: Schulweg");
    await f.page
      .getByLabel("Gruppe wählen für „Tempo 30 vor der Schule“")
      .selectOption({ label: "Schulweg" });
    await announced(f.page, "„Tempo 30 vor der Schule“ ist jetzt in: Schulweg");

    // The plenary opens with every table's ideas and the table's group.
    await f.page.getByLabel("Welcher Tisch wird geordnet?").selectOption({ label: "Plenum (alle zusammen)" });
    const schulweg = f.page.getByRole("region", { name: /^Schulweg/ });
    await schulweg.getByText("Tempo 30 vor der Schule").waitFor();
    const ungrouped = f.page.getByRole("region", { name: /^Ohne Gruppe/ });
    for (const title of [
      "Mehr Radständer am Schulhof",
      "Zebrastreifen zur Schule",
      "Blumenbeete am Marktplatz",
    ])
      await ungrouped.getByText(title).waitFor();

    // An idea from the other table joins the group, by keyboard.
    const next = f.page.getByRole("button", { name: "„Zebrastreifen zur Schule“ in die nächste Gruppe" });
    await next.focus();
    await f.page.keyboard.press("Enter");
    await announced(f.page, "„Zebrastreifen zur Schule“ ist jetzt in: Schulweg");
    await schulweg.getByText("Zebrastreifen zur Schule").waitFor();
    await newGroup.fill("Grün");
    await newGroup.press("Enter");
    await f.page.getByLabel("Gruppe wählen für „Blumenbeete am Marktplatz“").selectOption({ label: "Grün" });
    await f.page.getByRole("region", { name: /^Grün/ }).getByText("Blumenbeete am Marktplatz").waitFor();
    await expectAxeClean(f.page);
    await shoot(f.page, "plenary-facilitate-1280", { fullPage: true });
    await f.page.setViewportSize({ width: 390, height: 844 });
    await expectAxeClean(f.page);
    await shoot(f.page, "plenary-facilitate-390", { fullPage: true });
    await f.page.setViewportSize({ width: 1280, height: 900 });

    // The projector shows the plenary's groups, and the code stays on it, small.
    await p.page.locator(".present-group", { hasText: "Grün" }).waitFor();
    await p.page.waitForFunction(() => document.querySelectorAll(".present-group").length === 3);
    expect(await projectorGroup(p.page, "Schulweg")).toEqual([
      "Tempo 30 vor der Schule",
      "Zebrastreifen zur Schule",
    ]);
    expect(await projectorGroup(p.page, "Grün")).toEqual(["Blumenbeete am Marktplatz"]);
    expect(await projectorGroup(p.page, "Ohne Gruppe")).toEqual(["Mehr Radständer am Schulhof"]);
    await p.page.getByText(`Code: ${display}`).waitFor();
    await p.page.getByRole("img", { name: "QR-Code zum Mitmachen" }).waitFor();
    await expectAxeClean(p.page);
    await shoot(p.page, "plenary-projector-cluster", { fullPage: true });

    // Later phases keep it there while the session runs.
    await f.page.getByRole("button", { name: "Punkten", exact: true }).click();
    await p.page.getByText("Punkten", { exact: true }).waitFor();
    await p.page.getByText(`Code: ${display}`).waitFor();
    await expectAxeClean(p.page);
    await p.page.setViewportSize({ width: 1280, height: 720 });
    await shoot(p.page, "plenary-projector-vote-720p", { fullPage: true });

    // The results page sorts by the plenary's groups too, saying where each idea came from.
    await f.page.goto(`${suite.server.url}/workshop/${board.id}/results`);
    await heading(f.page, "Ergebnis: Abend mit Tischen");
    const results = f.page.getByRole("region", { name: /^Schulweg/ });
    await results.getByRole("link", { name: "Zebrastreifen zur Schule" }).waitFor();
    await results.getByRole("link", { name: "Tempo 30 vor der Schule" }).waitFor();
    await results.getByText("Thementisch: Tisch Platz").waitFor();
    await expectAxeClean(f.page);

    // The minutes list the plenary's groups.
    await f.page.goto(`${suite.server.url}/workshop/${board.id}/minutes`);
    await heading(f.page, "Protokoll: Abend mit Tischen");
    const section = await f.page.evaluate(() => {
      const h = [...document.querySelectorAll("h3")].find((el) => el.textContent === "Schulweg");
      return h?.nextElementSibling?.textContent ?? "";
    });
    expect(section).toContain("Tempo 30 vor der Schule");
    expect(section).toContain("Zebrastreifen zur Schule");
    await expectAxeClean(f.page);

    // Once the session ends the code leaves the projector.
    await m.call("DELETE", `/api/boards/${board.id}/session`);
    await p.page.getByText(`Code: ${display}`).waitFor({ state: "detached" });
    await f.context.close();
    await p.context.close();
  });

  it("shows a phone on the plenary every table's ideas in the plenary's groups, and its changes stay", async () => {
    const manager = await makeManager(suite.server, "Pia Plenum");
    const m = Person.over(suite.server);
    await m.login(manager.email, PASSWORD);
    const board = seedBoard(suite.server.services, {
      title: "Plenum am Telefon",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const tableIds: string[] = [];
    for (const title of ["Tisch Schule", "Tisch Platz"]) {
      tableIds.push((await m.call("POST", `/api/boards/${board.id}/tables`, { title })).json.table.id);
    }
    const [schule, platz] = tableIds as [string, string];
    const { code } = (await m.call("POST", `/api/boards/${board.id}/session`)).json as { code: string };
    const ideas: [string, string][] = [
      [schule, "Tempo 30 vor der Schule"],
      [schule, "Mehr Radständer am Schulhof"],
      [platz, "Zebrastreifen zur Schule"],
      [platz, "Blumenbeete am Marktplatz"],
    ];
    for (const [table, title] of ideas) {
      expect((await m.call("POST", `/api/boards/${table}/ideas`, { title })).status).toBe(201);
    }

    // Both tables make a group of the same name; the plenary renames it.
    const f = await screen(1280, 900);
    await logInInUi(f.page, suite.server.url, manager);
    await f.page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(f.page, "Workshop leiten: Plenum am Telefon");
    await f.page.getByRole("button", { name: "Ordnen", exact: true }).click();
    await f.page.getByRole("button", { name: "Ordnen", exact: true, pressed: true }).waitFor();
    const which = f.page.getByLabel("Welcher Tisch wird geordnet?");
    const newGroup = f.page.getByLabel("Name der neuen Gruppe");
    for (const [table, idea] of [
      ["Tisch Schule", "Tempo 30 vor der Schule"],
      ["Tisch Platz", "Zebrastreifen zur Schule"],
    ] as const) {
      await which.selectOption({ label: table });
      await newGroup.fill("Schulweg");
      await newGroup.press("Enter");
      await announced(f.page, "Gruppe angelegt: Schulweg");
      await f.page.getByLabel(`Gruppe wählen für „${idea}“`).selectOption({ label: "Schulweg" });
      await f.page
        .getByRole("region", { name: /^Schulweg/ })
        .getByText(idea)
        .waitFor();
    }
    await which.selectOption({ label: "Plenum (alle zusammen)" });
    await f.page
      .getByRole("region", { name: /^Schulweg/ })
      .getByText("Zebrastreifen zur Schule")
      .waitFor();
    await f.page.getByLabel("Name der Gruppe „Schulweg“").fill("Sicherer Schulweg");
    await f.page.getByRole("button", { name: "Umbenennen" }).click();
    await announced(f.page, "Gruppe umbenannt in Sicherer Schulweg");

    const p = await screen(1920, 1080);
    await logInInUi(p.page, suite.server.url, manager);
    await p.page.goto(`${suite.server.url}/present/${board.id}`);
    await p.page.locator(".present-group", { hasText: "Sicherer Schulweg" }).waitFor();

    // A phone on the plenary sees the rolled-up groups, each card saying its table.
    const ph = await screen(390, 844);
    const phone = ph.page;
    const sockets: string[] = [];
    phone.on("websocket", (ws) => sockets.push(decodeURIComponent(new URL(ws.url()).pathname)));
    const opened = (name: string) => sockets.filter((path) => path === `/sync/${name}`).length;
    await phone.goto(`${suite.server.url}/join/${code}`);
    await phone.getByLabel("Dein Name").fill("Aylin");
    await phone.getByRole("button", { name: "Mitmachen" }).click();
    await heading(phone, "Plenum am Telefon");
    await waitLive(phone);
    const phoneGroup = phone.getByRole("region", { name: /^Sicherer Schulweg/ });
    for (const [title, table] of [
      ["Tempo 30 vor der Schule", "Tisch Schule"],
      ["Zebrastreifen zur Schule", "Tisch Platz"],
    ] as const) {
      const card = phoneGroup.locator(".ws-card", { hasText: title });
      await card.getByText(`Thementisch: ${table}`).waitFor();
    }
    const phoneUngrouped = phone.getByRole("region", { name: /^Ohne Gruppe/ });
    await phoneUngrouped.getByText("Mehr Radständer am Schulhof").waitFor();
    await phoneUngrouped.getByText("Blumenbeete am Marktplatz").waitFor();
    await phone.getByText("Die Moderation ordnet die Ideen.", { exact: false }).waitFor();
    expect(await phone.getByLabel("Name der neuen Gruppe").count()).toBe(0);
    await expectAxeClean(phone);
    await shoot(phone, "plenary-phone-cluster-390", { fullPage: true });

    // Allowed to arrange, the phone moves an idea by keyboard and takes the group off.
    const ownCanvasOpened = opened(`canvas:${board.id}`);
    expect(
      (await m.call("PATCH", `/api/boards/${board.id}/workshop`, { participantCanvas: true })).status,
    ).toBe(200);
    await phone.getByLabel("Name der neuen Gruppe").waitFor();
    // The field holds the plenary's name, even though the tables' canvases may come in first.
    const rename = phone.getByLabel("Name der Gruppe „Sicherer Schulweg“");
    await expect.poll(() => rename.inputValue()).toBe("Sicherer Schulweg");
    // Only the plenary's own canvas opened again, as writer; the tables' sockets stayed.
    expect(opened(`canvas:${board.id}`)).toBe(ownCanvasOpened + 1);
    for (const table of tableIds) {
      expect(opened(`board:${table}`)).toBe(1);
      expect(opened(`canvas:${table}`)).toBe(1);
    }
    const next = phone.getByRole("button", { name: "„Blumenbeete am Marktplatz“ in die nächste Gruppe" });
    await next.focus();
    await phone.keyboard.press("Enter");
    await announced(phone, "„Blumenbeete am Marktplatz“ ist jetzt in: Sicherer Schulweg");
    await p.page.waitForFunction(() =>
      [...document.querySelectorAll(".present-grid > *")].some(
        (el) => el.textContent === "Blumenbeete am Marktplatz",
      ),
    );
    await expect
      .poll(() => projectorGroup(p.page, "Sicherer Schulweg"))
      .toEqual(["Tempo 30 vor der Schule", "Zebrastreifen zur Schule", "Blumenbeete am Marktplatz"]);
    await expectAxeClean(phone);
    await shoot(phone, "plenary-phone-arrange-390", { fullPage: true });
    const remove = phone.getByRole("button", { name: "Gruppe „Sicherer Schulweg“ auflösen" });
    await remove.focus();
    await phone.keyboard.press("Enter");
    await announced(phone, "Gruppe aufgelöst: Sicherer Schulweg. Ihre Ideen sind jetzt ohne Gruppe.");

    // The group stays off, under neither name: the plenary's marker holds against the tables.
    await f.page.getByRole("region", { name: /Schulweg/ }).waitFor({ state: "detached" });
    await newGroup.fill("Grün");
    await newGroup.press("Enter");
    await f.page.getByLabel("Gruppe wählen für „Blumenbeete am Marktplatz“").selectOption({ label: "Grün" });
    await p.page.locator(".present-group", { hasText: "Grün" }).waitFor();
    await phone.getByRole("region", { name: /^Grün/ }).getByText("Blumenbeete am Marktplatz").waitFor();
    const groupsShown = () =>
      p.page.evaluate(() => [...document.querySelectorAll(".present-group")].map((el) => el.textContent));
    expect(await groupsShown()).toEqual(["Grün", "Ohne Gruppe"]);
    expect(await projectorGroup(p.page, "Ohne Gruppe")).toEqual([
      "Tempo 30 vor der Schule",
      "Mehr Radständer am Schulhof",
      "Zebrastreifen zur Schule",
    ]);
    expect(await f.page.getByRole("region", { name: /Schulweg/ }).count()).toBe(0);
    expect(await phone.getByRole("region", { name: /Schulweg/ }).count()).toBe(0);
    await p.page.reload();
    await p.page.locator(".present-group", { hasText: "Grün" }).waitFor();
    expect(await groupsShown()).toEqual(["Grün", "Ohne Gruppe"]);

    // At a table the phone keeps the table's own canvas, where the group is still.
    await phone
      .getByRole("navigation", { name: "Thementische" })
      .getByRole("link", { name: "Tisch Schule" })
      .click();
    await heading(phone, "Tisch Schule");
    await phone
      .getByRole("region", { name: /^Schulweg/ })
      .getByText("Tempo 30 vor der Schule")
      .waitFor();
    expect(await phone.getByText("Thementisch: Tisch Schule").count()).toBe(0);
    await expectAxeClean(phone);
    await f.context.close();
    await p.context.close();
    await ph.context.close();
  });
});
