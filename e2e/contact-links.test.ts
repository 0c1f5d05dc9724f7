import { describe, expect, it } from "vitest";
import { projectIdea } from "../server/src/boards/projection.ts";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { shootAtWidths } from "./support/screens.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading } from "./support/ui.ts";

const suite = serverAndBrowser();
/** An idea forwarded with this contact link, written straight to SQL as data from before the rule. */
async function forwardedWith(url: string, title: string): Promise<string> {
  const board = seedBoard(suite.server.services, { title: "Verkehr" });
  const author = Person.over(suite.server);
  await author.register("Otto");
  const idea = (await author.call("POST", `/api/boards/${board.id}/ideas`, { title })).json.idea as {
    id: string;
  };
  suite.server.services.sqlite
    .prepare("update ideas set status = 'forwarded', status_contact = ? where id = ?")
    .run(JSON.stringify({ office: "Ordnungsamt", url }), idea.id);
  // Into the board document too, as loading a stored one after an upgrade brings it to SQL:
  // the idea page shows the status live from there.
  suite.server.services.commands.run((cx) => projectIdea(cx, idea.id));
  return idea.id;
}

describe("a forwarded idea's contact link", () => {
  it("is shown as text, not as a link, when its scheme is not http, https, mailto or tel", async () => {
    const unsafe = await forwardedWith("javascript:alert(document.cookie)", "Ampel an der Schule");
    const safe = await forwardedWith("https://www.leimen.de/ordnungsamt", "Zebrastreifen am Markt");
    const { context, page } = await newPage(suite.browser);

    await page.goto(`${suite.server.url}/ideas/${unsafe}`);
    await heading(page, "Ampel an der Schule");
    await page.getByText("javascript:alert(document.cookie)").waitFor();
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await shootAtWidths(page, "contact-as-text");

    await page.goto(`${suite.server.url}/ideas/${safe}`);
    await heading(page, "Zebrastreifen am Markt");
    const link = page.getByRole("link", { name: "https://www.leimen.de/ordnungsamt" });
    expect(await link.getAttribute("href")).toBe("https://www.leimen.de/ordnungsamt");
    await context.close();
  });
});
