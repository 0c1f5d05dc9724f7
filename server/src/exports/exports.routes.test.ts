import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

describe("board exports", () => {
  it("writes a CSV a German spreadsheet opens: BOM, header, visible ideas only, semicolons on request", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { title: "Ideen für Leimen", categories: ["Grün"] });
    const anna = personAs(services, app, "resident", { name: "Anna Müller" });
    const maria = personAs(services, app, "manager").person;
    const a = (
      await anna.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "Bänke, Bäume; Blumen",
        category: "Grün",
      })
    ).json.idea;
    const hidden = (await anna.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Versteckt" }))
      .json.idea;
    await maria.call("POST", `/api/ideas/${hidden.id}/hide`, { reason: "Doppelt" });
    await maria.call("POST", `/api/ideas/${a.id}/status`, {
      status: "declined",
      reason: 'Zu teuer, "leider"',
    });
    await anna.person.call("PUT", `/api/ideas/${a.id}/vote`);

    const res = await app.request(`/api/boards/${board.id}/export.csv`, {
      headers: { cookie: maria.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe("id,title,kind,category,status,status_reason,votes,comments,created_at,author");
    expect(lines[1]).toMatch(
      new RegExp(
        `^${a.id},"Bänke, Bäume; Blumen",idea,Grün,declined,"Zu teuer, ""leider""",1,0,[0-9T:.Z-]+,Anna Müller$`,
      ),
    );
    expect(lines).toHaveLength(3);
    const semi = await (
      await app.request(`/api/boards/${board.id}/export.csv?sep=;`, { headers: { cookie: maria.cookie } })
    ).text();
    expect(semi.split("\r\n")[1]).toContain(';"Bänke, Bäume; Blumen";idea;Grün;');

    const json = await (
      await app.request(`/api/boards/${board.id}/export.json`, { headers: { cookie: maria.cookie } })
    ).json();
    expect(json.ideas.map((i: { title: string }) => i.title)).toEqual(["Bänke, Bäume; Blumen"]);
    expect(json.ideas[0].statusHistory.map((h: { status: string }) => h.status)).toEqual(["new", "declined"]);
  });

  it("is for managers: 401 anonymous, 403 resident, 404 unknown board", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    expect((await Person.of(app).call("GET", `/api/boards/${board.id}/export.csv`)).status).toBe(401);
    const ben = personAs(services, app, "resident").person;
    expect((await ben.call("GET", `/api/boards/${board.id}/export.csv`)).status).toBe(403);
    expect((await ben.call("GET", `/api/boards/${board.id}/export.json`)).status).toBe(403);
    const maria = personAs(services, app, "manager").person;
    expect((await maria.call("GET", "/api/boards/doesnotexist0000/export.csv")).status).toBe(404);
  });
});
