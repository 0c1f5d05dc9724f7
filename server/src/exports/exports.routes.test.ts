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

  it("writes the office's table on request: German words, Berlin time, contact and co-authors, semicolons", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { title: "Ideen für Leimen" });
    const anna = personAs(services, app, "resident", { name: "Anna Müller" });
    const ben = personAs(services, app, "resident", { name: "Ben" });
    const maria = personAs(services, app, "manager").person;
    const idea = (
      await anna.person.call("POST", `/api/boards/${board.id}/ideas`, {
        title: "=Kaputte Laterne",
        kind: "problem",
      })
    ).json.idea;
    expect((await anna.person.call("PUT", `/api/ideas/${idea.id}/coauthors/${ben.id}`)).status).toBe(204);
    await maria.call("POST", `/api/ideas/${idea.id}/status`, {
      status: "forwarded",
      contact: { office: "Stadtwerke", person: "Herr Öz", email: "licht@stadt.example", phone: "+49 6224 1" },
    });

    const res = await app.request(`/api/boards/${board.id}/export.csv?format=office`, {
      headers: { cookie: maria.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="Ideen-fuer-Leimen-Tabelle.csv"; filename*=UTF-8''Ideen-f%C3%BCr-Leimen-Tabelle.csv`,
    );
    const text = await res.text();
    const [header, row, end] = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(header).toBe(
      "ID;Titel;Art;Kategorie;Status;Begründung;Stimmen;Kommentare;Erstellt am;Von;Mitschreibende;" +
        "Weitergeleitet an;Ansprechperson;E-Mail;Telefon;Webseite",
    );
    const cells = row?.split(";") ?? [];
    expect(cells.slice(0, 5)).toEqual([idea.id, "'=Kaputte Laterne", "Problem", "", "Weitergeleitet"]);
    expect(cells[8]).toMatch(/^\d\d\.\d\d\.\d{4} \d\d:\d\d$/);
    expect(cells.slice(9)).toEqual([
      "Anna Müller",
      "Ben",
      "Stadtwerke",
      "Herr Öz",
      "licht@stadt.example",
      "'+49 6224 1",
      "",
    ]);
    expect(end).toBe("");

    // The reader's language, as the app tells the server, and a separator of one's own.
    const english = await app.request(`/api/boards/${board.id}/export.csv?format=office&sep=,`, {
      headers: { cookie: `${maria.cookie}; quer_locale=en` },
    });
    expect((await english.text()).split("\r\n")[0]).toBe(
      "ID,Title,Kind,Category,Status,Reason,Votes,Comments,Created,By,Co-authors," +
        "Forwarded to,Contact person,E-mail,Phone,Website",
    );
    expect(english.headers.get("content-disposition")).toContain("Ideen-f%C3%BCr-Leimen-table.csv");
  });

  it("keeps the contract's table for scripts, named apart from the office's", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { title: "Ideen für Leimen" });
    const maria = personAs(services, app, "manager").person;
    await maria.call("POST", `/api/boards/${board.id}/ideas`, { title: "Bank" });
    for (const query of ["", "?format=contract", "?format=unknown", "?format=contract&sep=%3B"]) {
      const res = await app.request(`/api/boards/${board.id}/export.csv${query}`, {
        headers: { cookie: `${maria.cookie}; quer_locale=en` },
      });
      const sep = query.includes("sep") ? ";" : ",";
      const lines = (await res.text()).split("\r\n");
      expect(lines[0]).toBe(
        `${"id,title,kind,category,status,status_reason,votes,comments,created_at,author".replaceAll(",", sep)}`,
      );
      expect(lines[1]).toMatch(
        new RegExp(
          `${sep}Bank${sep}idea${sep}${sep}new${sep}${sep}0${sep}0${sep}\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z${sep}`,
        ),
      );
      expect(res.headers.get("content-disposition")).toBe(
        `attachment; filename="Ideen-fuer-Leimen-raw.csv"; filename*=UTF-8''Ideen-f%C3%BCr-Leimen-raw.csv`,
      );
    }
    const json = await app.request(`/api/boards/${board.id}/export.json`, {
      headers: { cookie: maria.cookie },
    });
    expect(json.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''Ideen-f%C3%BCr-Leimen-Daten.json",
    );
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
