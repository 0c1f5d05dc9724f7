import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { makeManager } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, inMenu, logInInUi, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

async function expectNoViolations(page: Page, label: string) {
  const lines = describeViolations(await axeViolations(page));
  expect(lines, `${label}:\n${lines.join("\n")}`).toEqual([]);
}

describe("notifications, e-mail and my data", () => {
  it("mails a status change, unsubscribes in one visit, exports and deletes the account", async () => {
    const board = seedBoard(suite.server.services, { title: "Nachbarschaft" });
    const author = Person.over(suite.server);
    await author.register("Paul");
    const idea = (
      await author.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bücherschrank am Platz" })
    ).json.idea as { id: string };

    // A resident asks for e-mails at once and supports the idea.
    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Nora", "/notifications");
    await heading(page, "Benachrichtigungen");
    await page.getByText("Noch keine Benachrichtigungen.").waitFor();
    await page.getByLabel("Sofort bei jeder Änderung").check();
    await page.getByRole("button", { name: "Einstellung speichern" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[aria-live="polite"]')].some(
        (el) => el.textContent === "Einstellung gespeichert.",
      ),
    );
    await page.goto(`${suite.server.url}/ideas/${idea.id}`);
    await page.getByRole("button", { name: "Unterstützen" }).click();
    await page.locator('button[aria-pressed="true"]').waitFor();

    // The office accepts it; without SMTP the mail waits in the outbox.
    const office = await signedInManager(suite.server.services, Person.over(suite.server), "Mona Manager");
    const set = await office.call("POST", `/api/ideas/${idea.id}/status`, {
      status: "accepted",
      reason: "Wir suchen einen Platz.",
    });
    expect(set.status).toBe(200);
    await page.getByRole("link", { name: "Benachrichtigungen (1 ungelesen)" }).waitFor();

    const manager = await makeManager(suite.server);
    const desk = await newPage(suite.browser);
    await logInInUi(desk.page, suite.server.url, manager);
    await desk.page.goto(`${suite.server.url}/moderation/outbox`);
    await heading(desk.page, "Postausgang");
    await desk.page.getByText("Kein Mailserver eingerichtet", { exact: false }).waitFor();
    const mail = desk.page.getByRole("article").filter({ hasText: "Bücherschrank am Platz" }).first();
    await mail.waitFor();
    const text = (await mail.locator("pre").textContent()) ?? "";
    const link = /\/unsubscribe\/([a-z0-9]+)/.exec(text);
    expect(link).not.toBeNull();

    // One visit to the mail's link turns e-mails off.
    await page.goto(`${suite.server.url}/unsubscribe/${link?.[1]}`);
    await heading(page, "E-Mails abbestellen");
    await page.getByText("Erledigt: Du bekommst keine E-Mails mehr von Quer.").waitFor();
    await page.getByRole("link", { name: "Zu den Einstellungen für Benachrichtigungen" }).click();
    await heading(page, "Benachrichtigungen");
    expect(await page.getByLabel("Keine E-Mails").isChecked()).toBe(true);
    await page.getByText("Neuer Status: Angenommen").waitFor();

    // My data: the download answers with everything about me.
    await inMenu(page, "link", "Meine Daten");
    await heading(page, "Meine Daten");
    const href = await page.getByRole("link", { name: "Meine Daten herunterladen" }).getAttribute("href");
    const exported = await page.evaluate(async (url) => {
      const res = await fetch(url ?? "");
      return (await res.json()) as { account: { name: string }; votes: unknown[] };
    }, href);
    expect(exported.account.name).toBe("Nora");
    expect(exported.votes).toHaveLength(1);

    // Deleting asks first; cancelling keeps everything.
    await page.getByRole("button", { name: "Konto löschen …" }).click();
    await page.getByRole("heading", { name: "Wirklich löschen?" }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === "delete-confirm-heading");
    await page.getByRole("button", { name: "Abbrechen" }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === "Konto löschen …");
    await page.getByRole("button", { name: "Konto löschen …" }).click();
    await page.getByRole("button", { name: "Ja, mein Konto endgültig löschen" }).click();
    await heading(page, "Themen");
    await page.getByRole("link", { name: "Anmelden" }).waitFor();
    const after = await fetch(`${suite.server.url}/api/ideas/${idea.id}`);
    expect(((await after.json()) as { idea: { votes: number } }).idea.votes).toBe(0);

    await context.close();
    await desk.context.close();
  });
});

describe("WCAG 2.1 AA on the desk (axe-core)", () => {
  it("has no violations on the queue, people, audit, outbox, notifications, account and idea pages", async () => {
    const board = seedBoard(suite.server.services, { title: "Prüfboard", moderation: "pre" });
    const resident = Person.over(suite.server);
    await resident.register("Erika");
    const pending = (await resident.call("POST", `/api/boards/${board.id}/ideas`, { title: "Wartende Idee" }))
      .json.idea as { id: string };
    const office = await signedInManager(suite.server.services, Person.over(suite.server), "Mona Manager");
    const open = (await office.call("POST", `/api/boards/${board.id}/ideas`, { title: "Offene Idee" })).json
      .idea as { id: string };
    await resident.call("PUT", `/api/ideas/${open.id}/vote`);
    await resident.call("POST", `/api/ideas/${open.id}/report`, { reason: "Doppelt" });
    await office.call("POST", `/api/ideas/${open.id}/status`, { status: "reviewing", reason: "Wir prüfen." });
    expect(pending.id).toBeTruthy();

    const manager = await makeManager(suite.server);
    const { context, page } = await newPage(suite.browser);
    await logInInUi(page, suite.server.url, manager);

    await page.goto(`${suite.server.url}/moderation`);
    await page.getByRole("article", { name: "Wartende Idee" }).waitFor();
    await page.getByRole("article", { name: "Offene Idee" }).getByText("Doppelt").waitFor();
    // With a form open, too.
    await page
      .getByRole("article", { name: "Wartende Idee" })
      .getByRole("button", { name: "Verbergen …" })
      .click();
    await expectNoViolations(page, "queue");

    await page.goto(`${suite.server.url}/moderation/people`);
    await page.getByText("Erika").waitFor();
    await expectNoViolations(page, "people");

    await page.goto(`${suite.server.url}/moderation/audit`);
    await page.getByRole("table").waitFor();
    await expectNoViolations(page, "audit");

    await page.goto(`${suite.server.url}/moderation/outbox`);
    await heading(page, "Postausgang");
    await page.getByText("Kein Mailserver eingerichtet", { exact: false }).waitFor();
    await expectNoViolations(page, "outbox");

    await page.goto(`${suite.server.url}/ideas/${open.id}`);
    await heading(page, "Offene Idee");
    const form = page.getByRole("form", { name: "Status und Antwort" });
    await form.getByLabel("Status", { exact: true }).selectOption("forwarded");
    await form.getByLabel("Stelle", { exact: true }).waitFor();
    await form.getByRole("button", { name: "Status speichern" }).click();
    await form.getByText("Bitte die zuständige Stelle nennen.").waitFor();
    await expectNoViolations(page, "idea with the status form");

    await page.goto(`${suite.server.url}/manage`);
    await heading(page, "Themen verwalten");
    await page
      .getByRole("link", { name: "Tabelle für Excel" })
      .and(page.locator(`a[href*="${board.id}"]`))
      .waitFor();
    await expectNoViolations(page, "manage with exports");
    await context.close();

    // A resident's own pages.
    const mine = await newPage(suite.browser);
    await signUpInUi(mine.page, suite.server.url, "Ida", "/notifications");
    await heading(mine.page, "Benachrichtigungen");
    await mine.page.getByText("Noch keine Benachrichtigungen.").waitFor();
    await expectNoViolations(mine.page, "notifications");
    await mine.page.goto(`${suite.server.url}/account`);
    await heading(mine.page, "Meine Daten");
    await mine.page.getByRole("button", { name: "Konto löschen …" }).click();
    await mine.page.getByRole("heading", { name: "Wirklich löschen?" }).waitFor();
    await expectNoViolations(mine.page, "account");
    await mine.page.goto(`${suite.server.url}/ideas/${open.id}`);
    await heading(mine.page, "Offene Idee");
    await mine.page.getByRole("button", { name: "Melden …" }).click();
    await expectNoViolations(mine.page, "idea with the report form");
    await mine.context.close();
  });
});
