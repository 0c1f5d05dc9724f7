import { describe, expect, it } from "vitest";
import { newPage } from "./support/browser.ts";
import { announced, pageApi, recordAnnouncements } from "./support/page-api.ts";
import { firstBoardId } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, signUpInUi } from "./support/ui.ts";

const suite = serverAndBrowser();

describe("comments", () => {
  it("shows a new comment to the other person live, and the reply back", async () => {
    const boardId = await firstBoardId(suite.server);
    const a = await newPage(suite.browser);
    await recordAnnouncements(a.context);
    const b = await newPage(suite.browser);
    await recordAnnouncements(b.context);
    await signUpInUi(a.page, suite.server.url, "Emil");
    await signUpInUi(b.page, suite.server.url, "Frieda");
    const created = await pageApi<{ idea: { id: string } }>(a.page, "POST", `/api/boards/${boardId}/ideas`, {
      title: "Bücherschrank an der Haltestelle",
    });
    expect(created.status).toBe(201);
    const ideaUrl = `${suite.server.url}/ideas/${created.json.idea.id}`;

    for (const p of [a.page, b.page]) {
      await p.goto(ideaUrl);
      await heading(p, "Bücherschrank an der Haltestelle");
      await p.getByText("Noch keine Kommentare.", { exact: false }).waitFor();
    }
    // A marker that a reload would wipe out.
    await b.page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
    });

    // Emil comments; his list shows it at once.
    const commentsA = a.page.getByRole("region", { name: /Kommentare/ });
    await commentsA.getByLabel("Dein Kommentar").fill("Ich spende gern zwei Kisten Bücher.");
    await commentsA.getByRole("button", { name: "Kommentieren" }).click();
    await commentsA.getByRole("article", { name: "Kommentar von Emil" }).waitFor();
    expect(await commentsA.getByLabel("Dein Kommentar").inputValue()).toBe("");

    // Frieda sees it arrive without reloading, and hears of it.
    const commentsB = b.page.getByRole("region", { name: /Kommentare/ });
    await commentsB.getByText("Ich spende gern zwei Kisten Bücher.").waitFor();
    await announced(b.page, "Neuer Kommentar von Emil: Ich spende gern zwei Kisten Bücher.");
    expect(await b.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    // Frieda replies with the keyboard: the reply form opens under the comment.
    const reply = commentsB.getByRole("button", { name: "Antworten an Emil" });
    await reply.focus();
    await b.page.keyboard.press("Enter");
    const field = commentsB.getByLabel("Deine Antwort an Emil");
    await field.waitFor();
    expect(await reply.getAttribute("aria-expanded")).toBe("true");
    // An empty reply is caught with a message at the field.
    await commentsB.getByRole("button", { name: "Antwort senden" }).click();
    await commentsB.getByText("Bitte ausfüllen.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    await field.fill("Super, ich baue das Regal!");
    await commentsB.getByRole("button", { name: "Antwort senden" }).click();
    await commentsB
      .getByRole("list", { name: "Antworten an Emil" })
      .getByText("Super, ich baue das Regal!")
      .waitFor();

    // Emil sees the reply live, under his comment.
    await commentsA
      .getByRole("list", { name: "Antworten an Emil" })
      .getByRole("article", { name: "Kommentar von Frieda" })
      .waitFor();
    await announced(a.page, "Neue Antwort von Frieda: Super, ich baue das Regal!");

    const res = await fetch(`${suite.server.url}/api/ideas/${created.json.idea.id}/comments`);
    const { comments } = (await res.json()) as { comments: { body: string; parentId: string | null }[] };
    expect(comments).toHaveLength(2);
    expect(comments.filter((c) => c.parentId !== null).map((c) => c.body)).toEqual([
      "Super, ich baue das Regal!",
    ]);

    await a.context.close();
    await b.context.close();
  });
});
