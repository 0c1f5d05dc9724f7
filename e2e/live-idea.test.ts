import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { announced, pageApi, recordAnnouncements } from "./support/page-api.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi } from "./support/ui.ts";

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

describe("live idea page", () => {
  it("follows status with reason and contact, votes, co-authors, the project and hiding without a reload", async () => {
    const { server } = suite;
    const board = seedBoard(server.services, { title: "Plätze im Kiez" });
    const maria = await signedInManager(server.services, Person.over(server), "Maria Manager");
    const cem = Person.over(server);
    const cemUser = await cem.register("Cem Nachbar");

    // Anna writes the idea and keeps its page open in one browser…
    const anna = await newPage(suite.browser);
    await signUpInUi(anna.page, server.url, "Anna", `/boards/${board.id}`);
    const created = await pageApi<{ idea: { id: string } }>(
      anna.page,
      "POST",
      `/api/boards/${board.id}/ideas`,
      {
        title: "Trinkbrunnen am Markt",
      },
    );
    expect(created.status).toBe(201);
    const ideaUrl = `/ideas/${created.json.idea.id}`;
    const ideaApi = `/api${ideaUrl}`;
    await anna.page.goto(`${server.url}${ideaUrl}`);
    await heading(anna.page, "Trinkbrunnen am Markt");

    // …and Ben reads it in another.
    const ben = await newPage(suite.browser);
    await recordAnnouncements(ben.context);
    await signUpInUi(ben.page, server.url, "Ben", ideaUrl);
    await heading(ben.page, "Trinkbrunnen am Markt");
    await ben.page.getByText("Status: Neu", { exact: true }).waitFor();
    await ben.page.getByText("0 Stimmen", { exact: true }).waitFor();
    await markPage(ben.page);
    await markPage(anna.page);

    // The manager forwards it with a reason and whom to contact.
    const forwarded = await maria.call("POST", `${ideaApi}/status`, {
      status: "forwarded",
      reason: "Brunnen stellen die Wasserbetriebe auf.",
      contact: { office: "Wasserbetriebe Kiez", email: "brunnen@example.org" },
    });
    expect(forwarded.status).toBe(200);
    await ben.page.getByText("Status: Weitergeleitet", { exact: true }).waitFor();
    await ben.page.getByText("Begründung: Brunnen stellen die Wasserbetriebe auf.").first().waitFor();
    await ben.page.getByText("Wasserbetriebe Kiez", { exact: true }).waitFor();
    await ben.page.getByRole("link", { name: "brunnen@example.org" }).waitFor();
    await announced(ben.page, "Neuer Status: Weitergeleitet");
    // The history under it follows too.
    await ben.page
      .getByRole("region", { name: "Verlauf" })
      .getByText("Weitergeleitet", { exact: false })
      .waitFor();

    // Another person votes: the count follows.
    expect((await cem.call("PUT", `${ideaApi}/vote`)).status).toBe(200);
    await ben.page.getByText("1 Stimme", { exact: true }).waitFor();

    // Anna asks Cem to write along: both pages name him.
    expect((await pageApi(anna.page, "PUT", `${ideaApi}/coauthors/${cemUser.id}`)).status).toBe(204);
    await ben.page.getByText("von Anna, mit Cem Nachbar", { exact: true }).waitFor();
    await anna.page.getByText("von Anna, mit Cem Nachbar", { exact: true }).waitFor();
    await announced(ben.page, "Es schreiben jetzt mit: Cem Nachbar");

    // It becomes a project: the link appears.
    expect((await maria.call("POST", `${ideaApi}/promote`)).status).toBe(201);
    await ben.page.getByRole("link", { name: /Aus dieser Idee ist ein Projekt geworden/ }).waitFor();
    await ben.page.getByText("Status: Projekt", { exact: true }).waitFor();
    await announced(ben.page, "Aus dieser Idee ist ein Projekt geworden.");

    // Hidden: its author reads why at once; for Ben it is gone, and he is told.
    expect((await maria.call("POST", `${ideaApi}/hide`, { reason: "Doppelt eingereicht" })).status).toBe(200);
    await anna.page.getByText("Deine Idee wurde verborgen: Doppelt eingereicht", { exact: true }).waitFor();
    await heading(ben.page, "Diese Idee konnte nicht geladen werden.");
    await announced(ben.page, "Diese Idee ist nicht mehr öffentlich.");

    expect(await stayed(ben.page)).toBe(true);
    expect(await stayed(anna.page)).toBe(true);
    await anna.context.close();
    await ben.context.close();
  });
});
