import { describe, expect, it } from "vitest";
import { Person, seedBoard } from "../server/src/testing/harness.ts";
import { newPage } from "./support/browser.ts";
import { focusVisible, hasFocus, tabTo } from "./support/keys.ts";
import { announced, recordAnnouncements } from "./support/page-api.ts";
import { makeManager, PASSWORD } from "./support/server.ts";
import { serverAndBrowser } from "./support/suite.ts";
import { heading, logInInUi, waitLive } from "./support/ui.ts";

// A workshop with the keyboard alone: joining and dot-voting on a phone, clustering on the
// facilitator's cards. No click and no fill.
const suite = serverAndBrowser();

describe("a workshop by keyboard", () => {
  it("joins by code, posts, clusters the cards and dot-votes", async () => {
    const manager = await makeManager(suite.server);
    const m = Person.over(suite.server);
    await m.login(manager.email, PASSWORD);
    const board = seedBoard(suite.server.services, {
      title: "Abend im QUER",
      mode: "workshop",
      voting: { kind: "dots", dots: 3 },
    });
    const started = await m.call("POST", `/api/boards/${board.id}/session`);
    expect(started.status).toBe(201);

    // Join on a phone: the name, then Enter.
    const phone = await newPage(suite.browser);
    await phone.page.goto(`${suite.server.url}/join/${started.json.code}`);
    await tabTo(phone.page, phone.page.getByLabel("Dein Name"));
    await phone.page.keyboard.type("Aylin");
    await tabTo(phone.page, phone.page.getByRole("button", { name: "Mitmachen" }));
    expect(await focusVisible(phone.page)).toBe(true);
    await phone.page.keyboard.press("Enter");
    await phone.page.waitForURL((url) => url.pathname.startsWith("/workshop/"));
    await heading(phone.page, "Abend im QUER");
    await waitLive(phone.page);

    // Two ideas, each typed and sent with Enter.
    const field = phone.page.getByLabel("Idee in einem Satz");
    for (const title of ["Mehr Bänke im Park", "Ein Nachbarschaftsfest"]) {
      await tabTo(phone.page, field);
      await phone.page.keyboard.type(title);
      await phone.page.keyboard.press("Enter");
      await phone.page.getByRole("article", { name: title }).waitFor();
    }

    // The facilitator clusters: phase by keyboard, a group by Enter, a card moved by Enter.
    const f = await newPage(suite.browser);
    await f.page.setViewportSize({ width: 1280, height: 900 });
    await recordAnnouncements(f.context);
    await logInInUi(f.page, suite.server.url, manager);
    await f.page.goto(`${suite.server.url}/facilitate/${board.id}`);
    await heading(f.page, "Workshop leiten: Abend im QUER");
    await tabTo(f.page, f.page.getByRole("button", { name: "Ordnen", exact: true }));
    await f.page.keyboard.press("Enter");
    await f.page.getByRole("button", { name: "Ordnen", exact: true, pressed: true }).waitFor();
    await tabTo(f.page, f.page.getByLabel("Name der neuen Gruppe"));
    await f.page.keyboard.type("Begegnung");
    await f.page.keyboard.press("Enter");
    await announced(f.page, "Gruppe angelegt: Begegnung");
    const move = f.page.getByRole("button", { name: "„Ein Nachbarschaftsfest“ in die nächste Gruppe" });
    await tabTo(f.page, move);
    expect(await focusVisible(f.page)).toBe(true);
    await f.page.keyboard.press("Enter");
    await announced(f.page, "„Ein Nachbarschaftsfest“ ist jetzt in: Begegnung");
    await f.page
      .getByRole("region", { name: /^Begegnung/ })
      .getByText("Ein Nachbarschaftsfest")
      .waitFor();
    // Focus stays with the moved card.
    await f.page.waitForFunction(() =>
      document.activeElement?.getAttribute("aria-label")?.includes("Ein Nachbarschaftsfest"),
    );
    await phone.page
      .getByRole("region", { name: /^Begegnung/ })
      .getByText("Ein Nachbarschaftsfest")
      .waitFor();

    // Dot-voting on the phone: Space and Enter each give a dot.
    await tabTo(f.page, f.page.getByRole("button", { name: "Punkten", exact: true }), { back: true });
    await f.page.keyboard.press("Enter");
    await phone.page.getByText("Noch 3 von 3 Punkten").waitFor();
    const dot = phone.page.getByRole("button", { name: "Einen Punkt mehr für „Mehr Bänke im Park“" });
    await tabTo(phone.page, dot);
    await phone.page.keyboard.press("Space");
    await phone.page.getByText("Noch 2 von 3 Punkten").waitFor();
    expect(await hasFocus(dot)).toBe(true);
    await phone.page.keyboard.press("Enter");
    await phone.page.getByText("Noch 1 von 3 Punkten").waitFor();
    await phone.page
      .getByRole("article", { name: "Mehr Bänke im Park" })
      .getByText("Deine Punkte: 2")
      .waitFor();
    await f.context.close();
    await phone.context.close();
  });
});
