import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { blockedContact } from "../server/src/moderation/blocked.ts";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { closeMenu, heading, inMenu, logInInUi, openMenu, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

/** A marker a reload would wipe out: proves a change arrived live. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { stayed: boolean }).stayed = true;
  });
}
async function stayed(page: Page) {
  return page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
}

async function politeAnnouncement(page: Page, text: string) {
  await page.waitForFunction(
    (expected) =>
      [...document.querySelectorAll('[aria-live="polite"]')].some((el) => el.textContent === expected),
    text,
  );
}

describe("moderation queue", () => {
  it("lets the manager approve and hide while residents see it live", async () => {
    const board = seedBoard(suite.server.services, { title: "Spielplätze", moderation: "pre" });
    const boardUrl = `${suite.server.url}/boards/${board.id}`;
    const manager = await makeManager(suite.server);
    const api = await signedInManager(suite.server.services, Person.over(suite.server), "Mia Manager");

    // The manager works the queue.
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, suite.server.url, manager);
    await inMenu(desk.page, "link", "Moderation", true);
    await heading(desk.page, "Moderation");
    await desk.page.getByText("Nichts wartet auf Freigabe.").waitFor();
    await markPage(desk.page);

    // A resident posts on the pre-moderated board and sees it waiting.
    const rita = await newPage(suite.browser);
    await signUpInUi(rita.page, suite.server.url, "Rita", `/boards/${board.id}/new`);
    await rita.page.getByLabel("Titel").fill("Sandkasten erneuern");
    await rita.page.getByRole("button", { name: "Veröffentlichen" }).click();
    await rita.page.waitForURL(boardUrl);
    const ritaCard = rita.page.getByRole("article", { name: "Sandkasten erneuern" });
    await ritaCard.getByText("Wartet auf Freigabe", { exact: false }).waitFor();
    await markPage(rita.page);

    // It reaches the manager's queue without a reload, with the header's count.
    const pending = desk.page.getByRole("article", { name: "Sandkasten erneuern" });
    await pending.waitFor();
    await openMenu(desk.page);
    await desk.page.getByRole("link", { name: "Moderation (1 offen)" }).waitFor();
    await politeAnnouncement(desk.page, "Neu in der Warteschlange: Sandkasten erneuern");
    await closeMenu(desk.page);
    await pending.getByRole("button", { name: "Freigeben" }).click();
    await pending.waitFor({ state: "detached" });
    const handled = desk.page.getByRole("region", { name: "Gerade erledigt" });
    await handled.getByText("„Sandkasten erneuern“ ist freigegeben.").waitFor();

    // The resident's board shows it as published, through the board document.
    await ritaCard.getByText("Wartet auf Freigabe", { exact: false }).waitFor({ state: "detached" });
    expect(await ritaCard.isVisible()).toBe(true);
    expect(await stayed(rita.page)).toBe(true);

    // A second post by the same resident, approved through the API.
    const posted = await rita.page.evaluate(async (id) => {
      const res = await fetch(`/api/boards/${id}/ideas`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ title: "Graffiti an der Brücke" }),
      });
      return ((await res.json()) as { idea: { id: string } }).idea.id;
    }, board.id);
    expect((await api.call("POST", `/api/ideas/${posted}/approve`)).status).toBe(200);

    // An anonymous visitor watches the board.
    const anon = await newPage(suite.browser);
    await anon.page.goto(boardUrl);
    await waitLive(anon.page);
    const anonCard = anon.page.getByRole("article", { name: "Graffiti an der Brücke" });
    await anonCard.waitFor();
    await markPage(anon.page);

    // Someone reports it; the report reaches the queue live, reasons listed.
    const reporter = Person.over(suite.server);
    await reporter.register("Karl");
    expect(
      (await reporter.call("POST", `/api/ideas/${posted}/report`, { reason: "Beleidigender Text" })).status,
    ).toBe(201);
    const report = desk.page.getByRole("article", { name: "Graffiti an der Brücke" });
    await report.waitFor();
    await report.getByText("1 Meldung", { exact: true }).waitFor();
    await report.getByText("Beleidigender Text").waitFor();
    // What was reported is on the card: no need to click away to judge it.
    await report.getByText("von Rita", { exact: true }).waitFor();

    // Hiding needs a reason.
    await report.getByRole("button", { name: "Verbergen …" }).click();
    await report.getByRole("button", { name: "Verbergen", exact: true }).click();
    await report.getByText("Bitte ausfüllen.").waitFor();
    await report.getByLabel("Grund", { exact: false }).fill("Enthält eine Beleidigung");
    await report.getByRole("button", { name: "Verbergen", exact: true }).click();
    await report.waitFor({ state: "detached" });

    // Gone from the anonymous board without a reload.
    await anonCard.waitFor({ state: "detached" });
    expect(await stayed(anon.page)).toBe(true);

    // The author sees what happened and why.
    await rita.page.goto(`${suite.server.url}/ideas/${posted}`);
    await heading(rita.page, "Graffiti an der Brücke");
    await rita.page.getByText("Deine Idee wurde verborgen: Enthält eine Beleidigung").waitFor();

    // Undo from the list of what was done: it comes back for everyone.
    await desk.page
      .getByRole("button", { name: "Wiederherstellen: „Graffiti an der Brücke“ ist verborgen." })
      .click();
    await anonCard.waitFor();
    expect(await stayed(desk.page)).toBe(true);

    // The audit log has it all, and filters by action.
    await desk.page.getByRole("link", { name: "Protokoll" }).click();
    await heading(desk.page, "Protokoll");
    const table = desk.page.getByRole("table");
    await table.getByText("Begründung: Enthält eine Beleidigung", { exact: true }).waitFor();
    await desk.page.getByLabel("Aktion").selectOption("idea.approve");
    await desk.page.getByRole("button", { name: "Anwenden" }).click();
    await desk.page.waitForFunction(() =>
      [...document.querySelectorAll("tbody tr")].every((tr) => tr.textContent?.includes("Freigegeben")),
    );
    expect(await table.getByText("Begründung: Enthält eine Beleidigung", { exact: true }).count()).toBe(0);

    await desk.context.close();
    await rita.context.close();
    await anon.context.close();
  });

  it("answers an idea with a status and a reason, and tells those who voted", async () => {
    const board = seedBoard(suite.server.services, { title: "Verkehr" });
    const author = Person.over(suite.server);
    await author.register("Otto");
    const idea = (
      await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Tempo 30 vor der Schule" })
    ).json.idea as { id: string };
    const ideaUrl = `${suite.server.url}/ideas/${idea.id}`;

    // A resident votes for it and keeps the page open.
    const vera = await newPage(suite.browser);
    // Her open idea page says the new status too, in the same moment: keep all that is said.
    await recordAnnouncements(vera.context);
    await signUpInUi(vera.page, suite.server.url, "Vera", `/ideas/${idea.id}`);
    await heading(vera.page, "Tempo 30 vor der Schule");
    await vera.page.getByRole("button", { name: "Unterstützen" }).click();
    await vera.page.locator('button[aria-pressed="true"]').waitFor();
    const bell = vera.page.getByRole("link", { name: /^Benachrichtigungen/ });
    await bell.waitFor();
    await markPage(vera.page);

    // The manager declines it, first without a reason.
    const manager = await makeManager(suite.server);
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(ideaUrl);
    await heading(desk.page, "Tempo 30 vor der Schule");
    const form = desk.page.getByRole("form", { name: "Status und Antwort" });
    await form.getByLabel("Status", { exact: true }).selectOption("declined");
    await form.getByRole("button", { name: "Status speichern" }).click();
    await form.getByText("Eine Ablehnung braucht eine Begründung.").waitFor();
    const reason = form.getByLabel("Öffentliche Begründung");
    expect(await reason.getAttribute("aria-invalid")).toBe("true");
    await desk.page.waitForFunction(() => document.activeElement?.id === "status-reason");

    await reason.fill("Das entscheidet die Stadt, und sie hat es geprüft.");
    await form.getByRole("button", { name: "Status speichern" }).click();
    // Exact: the page's polite announcement says the same words within a longer sentence.
    await desk.page
      .getByText("Begründung: Das entscheidet die Stadt, und sie hat es geprüft.", { exact: true })
      .waitFor();
    await desk.page.getByText("Status: Abgelehnt", { exact: true }).waitFor();
    const history = desk.page.getByRole("region", { name: "Verlauf" });
    await history.getByText("Abgelehnt – Das entscheidet die Stadt, und sie hat es geprüft.").waitFor();

    // The voter's header counts it without a reload, and says so politely.
    await vera.page.getByRole("link", { name: "Benachrichtigungen (1 ungelesen)" }).waitFor();
    await announced(vera.page, "Neue Benachrichtigung: 1 ungelesen");
    await announced(vera.page, "Neuer Status: Abgelehnt");
    expect(await stayed(vera.page)).toBe(true);

    // Forwarding needs the office, and then shows everyone where to turn.
    await form.getByLabel("Status", { exact: true }).selectOption("forwarded");
    await form.getByRole("button", { name: "Status speichern" }).click();
    await form.getByText("Bitte die zuständige Stelle nennen.").waitFor();
    await form.getByLabel("Stelle", { exact: true }).fill("Stadt Leimen, Ordnungsamt");
    await form.getByLabel("E-Mail", { exact: false }).fill("ordnungsamt@example.org");
    await form.getByRole("button", { name: "Status speichern" }).click();
    await desk.page.getByText("Das ist Sache der Stadt – hier wendest du dich hin:").waitFor();
    await desk.page.getByRole("link", { name: "ordnungsamt@example.org" }).waitFor();
    await history.getByText("Weitergeleitet", { exact: false }).waitFor();

    // The voter reads the notices and marks them read; the count goes away.
    await vera.page.getByRole("link", { name: "Benachrichtigungen (2 ungelesen)" }).click();
    await heading(vera.page, "Benachrichtigungen");
    await vera.page.getByText("Neuer Status: Abgelehnt").waitFor();
    await vera.page.getByRole("link", { name: "Tempo 30 vor der Schule" }).first().waitFor();
    await vera.page.getByRole("button", { name: "Alle als gelesen markieren" }).click();
    await vera.page.getByRole("link", { name: "Benachrichtigungen", exact: true }).waitFor();

    await vera.context.close();
    await desk.context.close();
  });

  it("merges a duplicate and undoes it", async () => {
    const board = seedBoard(suite.server.services, { title: "Grünflächen" });
    const author = Person.over(suite.server);
    await author.register("Ilse");
    const first = (
      await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Bäume pflanzen" })
    ).json.idea as { id: string };
    const second = (
      await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bäume für die Hauptstraße" })
    ).json.idea as { id: string };

    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/ideas/${second.id}`);
    await heading(page, "Bäume für die Hauptstraße");
    await page.getByLabel("Zusammenführen mit").selectOption(first.id);
    await page.getByRole("button", { name: "Zusammenführen", exact: true }).click();
    const link = page.getByRole("link", { name: "Mehr Bäume pflanzen" });
    await page.locator(".merged-note").waitFor();
    await link.waitFor();

    await page.getByRole("button", { name: "Zusammenführung aufheben" }).click();
    await page.getByLabel("Zusammenführen mit").waitFor();
    expect(await page.locator(".merged-note").count()).toBe(0);

    await page.goto(`${suite.server.url}/ideas/${second.id}`);
    await page.getByLabel("Zusammenführen mit").selectOption(first.id);
    await page.getByRole("button", { name: "Zusammenführen", exact: true }).click();
    await link.click();
    await heading(page, "Mehr Bäume pflanzen");
    await context.close();
  });

  it("takes a report about a comment to the queue, where the manager hides it", async () => {
    const board = seedBoard(suite.server.services, { title: "Feste" });
    const writer = Person.over(suite.server);
    await writer.register("Gerd");
    const idea = (
      await writer.call("POST", `/api/boards/${board.id}/ideas`, { title: "Straßenfest im Juni" })
    ).json.idea as { id: string };
    const comment = await writer.call("POST", `/api/ideas/${idea.id}/comments`, {
      body: "Das ist doch Unsinn!!",
    });
    expect(comment.status).toBe(201);

    const reader = await newPage(suite.browser);
    await signUpInUi(reader.page, suite.server.url, "Hanna", `/ideas/${idea.id}`);
    await heading(reader.page, "Straßenfest im Juni");
    await reader.page.getByRole("button", { name: "Melden … (Kommentar von Gerd)" }).click();
    await reader.page.getByLabel("Was stimmt mit diesem Kommentar nicht?").fill("Unfreundlich");
    await reader.page.getByRole("button", { name: "Meldung senden" }).click();
    await reader.page.getByText("Gemeldet – danke!").waitFor();

    const manager = await makeManager(suite.server);
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/moderation`);
    const card = desk.page.getByRole("article", { name: "Kommentar zu Straßenfest im Juni" });
    await card.getByText("Das ist doch Unsinn!!").waitFor();
    await card.getByText("von Gerd", { exact: true }).waitFor();
    await card.getByText("Unfreundlich").waitFor();
    await card.getByRole("button", { name: "Kommentar verbergen …" }).click();
    await card.getByLabel("Grund", { exact: false }).fill("Bitte freundlich bleiben");
    await card.getByRole("button", { name: "Verbergen", exact: true }).click();
    await card.waitFor({ state: "detached" });
    const list = await fetch(`${suite.server.url}/api/ideas/${idea.id}/comments`);
    expect(((await list.json()) as { comments: unknown[] }).comments).toHaveLength(0);
    await reader.context.close();
    await desk.context.close();
  });

  it("tells a person blocked while signed in, on the open page, and whom to contact", async () => {
    const board = seedBoard(suite.server.services, { title: "Gesperrt und informiert" });
    const api = await signedInManager(suite.server.services, Person.over(suite.server), "Mia Manager");
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Bea Block", `/boards/${board.id}`);
    await waitLive(page);
    await markPage(page);
    const me = await page.evaluate(
      async () => (await (await fetch("/api/me")).json()) as { user: { id: string } },
    );

    expect((await api.call("POST", `/api/people/${me.user.id}/block`, { reason: "Spam" })).status).toBe(200);
    const { db, config } = suite.server.services;
    const text = `Dein Konto ist gesperrt. Wende dich an ${blockedContact(db, config)}.`;
    await page.getByRole("status").getByText(text, { exact: true }).waitFor();
    expect(await stayed(page)).toBe(true);
    // Still signed in, not asked to sign in; the board reads live again.
    await page.getByText("Angemeldet als Bea Block").waitFor({ state: "attached" });
    expect(await page.getByText("Bitte melde dich an").count()).toBe(0);
    // Nothing offered that would only end at the notice.
    expect(await page.getByRole("link", { name: "Idee teilen" }).count()).toBe(0);
    await waitLive(page);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    // Coming back later, the page says it from the start (the server's first view too).
    await page.reload();
    await page.getByRole("status").getByText(text, { exact: true }).waitFor();
    await context.close();
  });

  it("blocks and unblocks a person", async () => {
    const someone = Person.over(suite.server);
    await someone.register("Bruno Block");
    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);
    await page.goto(`${suite.server.url}/moderation/people`);
    await heading(page, "Personen");
    await page.getByLabel("Name suchen").fill("Bruno");
    await page.getByRole("button", { name: "Suchen" }).click();
    await page.getByRole("heading", { name: /Treffer für „Bruno“/ }).waitFor();
    await page.getByRole("button", { name: "Sperren …" }).click();
    await page.getByLabel("Grund", { exact: false }).fill("Wiederholt beleidigend");
    await page.getByRole("button", { name: "Sperren", exact: true }).click();
    await page.getByText("Gesperrt", { exact: true }).waitFor();
    // Focus stays on the row, now on its other button.
    await page.waitForFunction(() => document.activeElement?.textContent === "Entsperren");
    // Still signed in, and told why a write is refused.
    const blocked = await someone.call("POST", "/api/boards", { title: "x" });
    expect(blocked.status).toBe(403);
    expect(blocked.json.error.code).toBe("blocked");

    await page.getByRole("button", { name: "Entsperren" }).click();
    await page.getByRole("button", { name: "Sperren …" }).waitFor();
    expect(await page.getByText("Gesperrt", { exact: true }).count()).toBe(0);
    await context.close();
  });
});
