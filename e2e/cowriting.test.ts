import { describe, expect, it } from "vitest";
import { Person, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { announced, pageApi, recordAnnouncements, valueContains } from "./support/page-api.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi, waitLive } from "./support/ui.ts";

const suite = serverAndBrowser();

const BODY = "#cowrite-body";
const TITLE = "#cowrite-title";

describe("co-writing an idea", () => {
  it("lets the author add a co-author, and both write together with presence, carets and own undo", async () => {
    const boardId = await firstBoardId(suite.server);
    const a = await newPage(suite.browser);
    await recordAnnouncements(a.context);
    const b = await newPage(suite.browser);
    await recordAnnouncements(b.context);
    await signUpInUi(b.page, suite.server.url, "Ben");
    await signUpInUi(a.page, suite.server.url, "Anna");
    const created = await pageApi<{ idea: { id: string } }>(a.page, "POST", `/api/boards/${boardId}/ideas`, {
      title: "Trinkbrunnen am Marktplatz",
      body: "Im Sommer fehlt Wasser.",
    });
    expect(created.status).toBe(201);
    const ideaUrl = `${suite.server.url}/ideas/${created.json.idea.id}`;

    // Ben may only read for now: the text, no editor.
    await b.page.goto(ideaUrl);
    await heading(b.page, "Trinkbrunnen am Marktplatz");
    await b.page.getByText("Im Sommer fehlt Wasser.").waitFor();
    expect(await b.page.locator(BODY).count()).toBe(0);

    // Ben takes part (a vote), so Anna's search finds him; she adds him.
    expect((await pageApi(b.page, "PUT", `/api/ideas/${created.json.idea.id}/vote`)).status).toBeLessThan(
      300,
    );
    await a.page.goto(ideaUrl);
    await waitLive(a.page);
    const panel = a.page.getByRole("region", { name: "Mitschreibende" });
    await panel.getByLabel("Person zum Mitschreiben suchen").fill("Be");
    await panel
      .getByRole("status")
      .getByText(/gefunden/)
      .waitFor();
    await panel.getByRole("button", { name: "Hinzufügen Ben" }).click();
    await panel.getByRole("button", { name: "Entfernen Ben" }).waitFor();
    await announced(a.page, "Ben schreibt jetzt mit.");

    // Ben reloads his permissions (signing in again would too) and gets the editor.
    await b.page.reload();
    await b.page.getByLabel("Beschreibung").waitFor();
    await waitLive(b.page);
    await valueContains(b.page, BODY, "Im Sommer fehlt Wasser.");

    // Each sees the other as present.
    await a.page.getByText("Gerade hier:").waitFor();
    await a.page.locator(".writers").getByText("Ben").waitFor();
    await b.page.locator(".writers").getByText("Anna").waitFor();

    // Anna writes at the end; Ben sees it.
    await a.page.locator(BODY).click();
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.type(" Ein Brunnen hilft allen.");
    await valueContains(b.page, BODY, "Im Sommer fehlt Wasser. Ein Brunnen hilft allen.");

    // Ben puts his caret after "Wasser."; Anna writes at the very start. Ben keeps typing
    // where his caret was, not where the new text pushed the old index to.
    await b.page.locator(BODY).click();
    await b.page.keyboard.press("Control+Home");
    for (const _ of "Im Sommer fehlt Wasser.") await b.page.keyboard.press("ArrowRight");
    await a.page.keyboard.press("Control+Home");
    await a.page.keyboard.type("Bitte: ");
    await valueContains(b.page, BODY, "Bitte: Im Sommer");
    await b.page.keyboard.type(" Ja!");
    await valueContains(a.page, BODY, "Bitte: Im Sommer fehlt Wasser. Ja! Ein Brunnen hilft allen.");

    // Ben edits the title; Anna's heading follows, and the server copies it into SQL.
    await b.page.locator(TITLE).click();
    await b.page.keyboard.press("End");
    await b.page.keyboard.type(" für alle");
    await heading(a.page, "Trinkbrunnen am Marktplatz für alle");

    // Anna's undo takes back Anna's last words only, never Ben's.
    await a.page.locator(BODY).click();
    await a.page.keyboard.press("Control+Z");
    await a.page.waitForFunction(
      (sel) => !(document.querySelector(sel) as HTMLTextAreaElement).value.startsWith("Bitte: "),
      BODY,
    );
    const afterUndo = await a.page.locator(BODY).inputValue();
    expect(afterUndo).toContain(" Ja!");
    expect(await a.page.locator(TITLE).inputValue()).toBe("Trinkbrunnen am Marktplatz für alle");
    await valueContains(b.page, BODY, "Im Sommer fehlt Wasser. Ja! Ein Brunnen hilft allen.");
    // Redo with the visible button brings it back.
    await a.page.getByRole("button", { name: "Wiederholen" }).click();
    await valueContains(b.page, BODY, "Bitte: Im Sommer");

    await a.page.locator(".save-state").getByText("Gespeichert", { exact: true }).waitFor();
    await expect
      .poll(
        async () => {
          const res = await fetch(`${suite.server.url}/api/ideas/${created.json.idea.id}`);
          return ((await res.json()) as { idea: { title: string } }).idea.title;
        },
        { timeout: 10_000 },
      )
      .toBe("Trinkbrunnen am Marktplatz für alle");

    // Accessibility: the editor page, for the author.
    expect(describeViolations(await axeViolations(a.page))).toEqual([]);

    // When Ben leaves, Anna hears of it.
    await b.context.close();
    await announced(a.page, "Ben ist nicht mehr hier.");
    await a.context.close();
  });

  it("keeps offline edits, says they are not saved, and merges them on reconnect", async () => {
    const manager = await signedInManager(suite.server.services, Person.over(suite.server));
    const board = await manager.call("POST", "/api/boards", {
      title: "Nachbarschaftsgarten",
      coWriting: "residents",
    });
    expect(board.status).toBe(201);
    const author = Person.over(suite.server);
    await author.register("Otto");
    const idea = await author.call("POST", `/api/boards/${board.json.board.id}/ideas`, {
      title: "Hochbeete am Spielplatz",
      body: "Kräuter für alle.",
    });
    expect(idea.status).toBe(201);
    const ideaId: string = idea.json.idea.id;
    const ideaUrl = `/ideas/${ideaId}`;

    const c = await newPage(suite.browser);

    await recordAnnouncements(c.context);
    const d = await newPage(suite.browser);
    await recordAnnouncements(d.context);
    await signUpInUi(c.page, suite.server.url, "Clara", ideaUrl);
    await signUpInUi(d.page, suite.server.url, "Dora", ideaUrl);
    for (const p of [c.page, d.page]) {
      await p.getByLabel("Beschreibung").waitFor();
      await waitLive(p);
      await valueContains(p, BODY, "Kräuter für alle.");
    }

    // Clara goes offline and writes on.
    await c.context.setOffline(true);
    await waitLive(c.page, "Offline – du siehst den letzten Stand");
    await c.page.locator(BODY).click();
    await c.page.keyboard.press("Control+End");
    await c.page.keyboard.type(" Gießplan im Treppenhaus.");
    await c.page
      .locator(".save-state")
      .getByText("Nicht gespeichert – wird gesendet, sobald du wieder online bist")
      .waitFor();

    // Meanwhile Dora writes at the start, online.
    await d.page.locator(BODY).click();
    await d.page.keyboard.press("Control+Home");
    await d.page.keyboard.type("Samstags: ");
    await d.page.locator(".save-state").getByText("Gespeichert", { exact: true }).waitFor();

    // Back online: both see both changes, and Clara's are saved.
    await c.context.setOffline(false);
    await waitLive(c.page);
    const merged = "Samstags: Kräuter für alle. Gießplan im Treppenhaus.";
    await valueContains(c.page, BODY, merged);
    await valueContains(d.page, BODY, merged);
    await c.page.locator(".save-state").getByText("Gespeichert", { exact: true }).waitFor();
    await announced(c.page, "Deine Änderungen sind jetzt gespeichert.");

    await expect
      .poll(
        async () => {
          const res = await fetch(`${suite.server.url}/api/ideas/${ideaId}`);
          return ((await res.json()) as { idea: { body: string } }).idea.body;
        },
        { timeout: 10_000 },
      )
      .toBe(merged);

    // A reader (not signed in) sees the text live, without an editor, and the page passes axe.
    const reader = await newPage(suite.browser);
    await recordAnnouncements(reader.context);
    await reader.page.goto(`${suite.server.url}${ideaUrl}`);
    await reader.page.getByText(merged).waitFor();
    expect(await reader.page.locator(BODY).count()).toBe(0);
    await d.page.keyboard.press("Control+End");
    await d.page.keyboard.type(" Neu!");
    await reader.page.getByText(`${merged} Neu!`).waitFor();
    expect(describeViolations(await axeViolations(reader.page))).toEqual([]);

    await reader.context.close();
    await c.context.close();
    await d.context.close();
  });
});
