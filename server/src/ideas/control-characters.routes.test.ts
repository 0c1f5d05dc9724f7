import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

/** A line break that would fake a line of its own, and a right-to-left override that reverses a file name. */
const FAKE = "Bank am Spielplatz\r\nFake-Line: Passwort bitte\u202egpj.exe\u0000";
const CLEAN = "Bank am Spielplatz Fake-Line: Passwort bittegpj.exe";

describe("control characters in titles and names", () => {
  it("are normalised away from an idea's title before it is stored; its body keeps its lines", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services);
    const anna = personAs(services, app, "resident").person;
    const res = await anna.call("POST", `/api/boards/${board.id}/ideas`, {
      title: FAKE,
      body: "Erstens\r\nZweitens\u202e\u0000",
    });
    expect(res.status).toBe(201);
    expect(res.json.idea.title).toBe(CLEAN);
    const row = services.sqlite.prepare("select title, body from ideas where id = ?").get(res.json.idea.id);
    expect(row).toEqual({ title: CLEAN, body: "Erstens\nZweitens" });
  });

  it("are normalised away from a board's title, and its export's file name is plain", async () => {
    current = testApp();
    const { app, services } = current;
    const maria = personAs(services, app, "manager").person;
    const res = await maria.call("POST", "/api/boards", { title: FAKE, categories: ["Grün\u2067"] });
    expect(res.status).toBe(201);
    expect(res.json.board.title).toBe(CLEAN);
    expect(res.json.board.categories).toEqual(["Grün"]);
    const csv = await maria.call("GET", `/api/boards/${res.json.board.id}/export.csv`);
    expect(csv.status).toBe(200);
    // The plain name and its RFC 5987 twin carry no control or direction characters.
    expect(csv.headers.get("content-disposition")).toMatch(
      /^attachment; filename="[A-Za-z0-9_-]+\.csv"; filename\*=UTF-8''[A-Za-z0-9_%.-]+$/,
    );
  });

  it("are normalised away from the names people give themselves", async () => {
    current = testApp();
    const { app, services } = current;
    const anna = Person.of(app);
    const registered = await anna.call("POST", "/api/auth/register", {
      email: "anna@example.org",
      password: "ein-gutes-passwort",
      name: "Anna\r\nRolle: Managerin\u2066",
    });
    expect(registered.status).toBe(201);
    expect(registered.json.user.name).toBe("Anna Rolle: Managerin");

    const board = seedBoard(services, { title: "Bürgerabend", mode: "workshop" });
    const maria = personAs(services, app, "manager").person;
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const guest = Person.of(app);
    expect((await guest.call("POST", "/api/join", { code, name: "\u202eLeyla\u0000\n" })).status).toBe(200);
    expect((await guest.call("GET", "/api/me")).json.user.name).toBe("Leyla");
  });
});
