import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";
import { workshopsEn } from "./messages.en.ts";
import { workshopsTr } from "./messages.tr.ts";
import { sweepGuestNames } from "./retention.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

async function workshop() {
  current = testApp();
  const { app, services } = current;
  const board = seedBoard(services, { title: "Grünfläche & Spielplatz", mode: "workshop" });
  const maria = personAs(services, app, "manager", { name: "Maria" }).person;
  const started = await maria.call("POST", `/api/boards/${board.id}/session`);
  return { app, services, board, maria, code: started.json.code as string };
}

async function joinIn(app: ReturnType<typeof testApp>["app"], code: string, locale?: string) {
  const p = Person.of(app);
  if (locale) p.cookie = `quer_locale=${locale}`;
  expect((await p.call("POST", "/api/join", { code })).status).toBe(200);
  return (await p.call("GET", "/api/me")).json.user.name as string;
}

describe("the workshop's server-written words in the reader's language", () => {
  it("writes the minutes in the language of the request, and names the download with its umlauts", async () => {
    const { app, board, maria, code } = await workshop();
    const table = await maria.call("POST", `/api/boards/${board.id}/tables`, { title: "Bäume" });
    const guest = Person.of(app);
    await guest.call("POST", "/api/join", { code, name: "Leyla" });
    await guest.call("POST", `/api/boards/${table.json.table.id}/ideas`, { title: "Schattenplätze" });
    await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "cluster" });
    const minutes = await app.request(`/api/boards/${board.id}/minutes.md`, {
      headers: { cookie: `${maria.cookie}; quer_locale=en` },
    });
    expect(minutes.status).toBe(200);
    const text = await minutes.text();
    const m = workshopsEn.minutes;
    expect(text).toContain(`# ${m.heading("Grünfläche & Spielplatz")}`);
    expect(text).toContain(`## ${m.course}`);
    expect(text).toContain(` – ${m.started}\n`);
    expect(text).toContain(m.phase(m.phases.cluster));
    expect(text).toContain(`### ${m.ungrouped}`);
    expect(text).toContain(`- Schattenplätze – ${m.points(0, "0")} (${m.table("Bäume")})`);
    expect(text).toContain(`## ${m.decisions}`);
    expect(text).not.toMatch(/Protokoll|Ablauf|Ohne Gruppe|Punkte|Thementisch|Beschlüsse/);
    expect(text).toMatch(new RegExp(`- ${m.start("")}[A-Z][a-z]+ \\d{1,2}, \\d{4} at \\d{1,2}:\\d{2}`));
    expect(minutes.headers.get("content-disposition")).toBe(
      `attachment; filename="Gruenflaeche-Spielplatz-minutes.md"; filename*=UTF-8''${encodeURIComponent("Grünfläche-Spielplatz-minutes.md")}`,
    );

    const german = await app.request(`/api/boards/${board.id}/minutes.md`, {
      headers: { cookie: maria.cookie },
    });
    const germanText = await german.text();
    expect(germanText).toContain("# Protokoll: Grünfläche & Spielplatz");
    expect(germanText).toContain("- Schattenplätze – 0 Punkte (Thementisch: Bäume)");
    expect(german.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("Grünfläche-Spielplatz-Protokoll.md")}`,
    );
  });

  it("names a guest without a name in the language they joined in", async () => {
    const { app, code } = await workshop();
    const tag = /^[A-Z0-9]{4}$/;
    const english = await joinIn(app, code, "en");
    expect(english).toMatch(/^Guest /);
    expect(english.slice("Guest ".length)).toMatch(tag);
    const turkish = await joinIn(app, code, "tr");
    expect(turkish).toBe(workshopsTr.guestName(turkish.slice(-4)));
    expect(await joinIn(app, code)).toMatch(/^Gast [A-Z0-9]{4}$/);
  });

  it("signs a guest's ideas in the office's language once their name is removed", async () => {
    const { app, services, board, maria, code } = await workshop();
    expect((await maria.call("PUT", "/api/office", { locale: "en" })).status).toBe(200);
    await maria.call("PATCH", `/api/boards/${board.id}/workshop`, { retentionDays: 1 });
    const guest = Person.of(app);
    guest.cookie = "quer_locale=de";
    await guest.call("POST", "/api/join", { code, name: "Leyla" });
    const idea = (await guest.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bleibt" })).json.idea;
    await maria.call("DELETE", `/api/boards/${board.id}/session`);
    expect(sweepGuestNames(services.commands, Date.now() + 2 * 86_400_000)).toBe(1);
    const seen = (await maria.call("GET", `/api/ideas/${idea.id}`)).json.idea;
    expect(seen.authorName).toBe(workshopsEn.formerGuest);
  });
});
