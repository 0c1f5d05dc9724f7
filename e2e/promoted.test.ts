import { describe, expect, it } from "vitest";
import { Person, signedInManager } from "../server/src/testing/harness.ts";
import { axeViolations, describeViolations } from "./support/axe.ts";
import { newPage } from "./support/browser.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("an idea that becomes a project", () => {
  it("is good news in a supporter's inbox and a step with a link in the idea's history", async () => {
    const boardId = await firstBoardId(suite.server);
    const author = Person.over(suite.server);
    await author.register("Greta");
    const idea = (await author.call("POST", `/api/boards/${boardId}/ideas`, { title: "Kiezbibliothek" })).json
      .idea;

    const { context, page } = await newPage(suite.browser);
    await signUpInUi(page, suite.server.url, "Nora", `/ideas/${idea.id}`);
    await heading(page, "Kiezbibliothek");
    await page.getByRole("button", { name: "Unterstützen" }).click();
    await page.locator('button[aria-pressed="true"]').waitFor();

    const office = await signedInManager(suite.server.services, Person.over(suite.server), "Mona Manager");
    const promoted = await office.call("POST", `/api/ideas/${idea.id}/promote`);
    expect(promoted.status).toBe(201);
    const projectPath = `/projects/${promoted.json.project.id}`;
    await page.getByRole("link", { name: "Benachrichtigungen (1 ungelesen)" }).click();
    await heading(page, "Benachrichtigungen");
    const notice = page.locator(".notice").filter({ hasText: "Kiezbibliothek" });
    await notice.getByText("Gute Nachricht: Diese Idee wird ein Projekt!").waitFor();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
    await notice.getByRole("link", { name: "Zum Projekt" }).click();
    await page.waitForURL((url) => url.pathname === projectPath);
    await heading(page, "Kiezbibliothek");

    await page.goto(`${suite.server.url}/ideas/${idea.id}`);
    const history = page.getByRole("region", { name: "Verlauf" });
    await history.getByText("Wurde ein Projekt").waitFor();
    await history.getByRole("link", { name: "Zum Projekt" }).click();
    await page.waitForURL((url) => url.pathname === projectPath);
    await context.close();
  });
});
