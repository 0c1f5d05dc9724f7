import { afterEach, describe, expect, it } from "vitest";
import { Person, personAs, seedBoard, testApp } from "../testing/harness.ts";
import { issuesDe } from "./issue-messages.de.ts";
import { issuesEn } from "./issue-messages.en.ts";
import { refusalMessages } from "./refusals.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

const speaking = (person: Person, locale: string) => {
  person.cookie = [person.cookie, `quer_locale=${locale}`].filter(Boolean).join("; ");
  return person;
};

describe("an error answer's message follows the request's language", () => {
  it("says the same refusal in German by default, in English or the cookie's language, with the same code", async () => {
    current = testApp();
    const { app } = current;
    const path = "/api/ideas/no-such-idea/comments";
    const german = await Person.of(app).call("GET", path);
    const english = await speaking(Person.of(app), "en").call("GET", path);
    const ukrainian = await speaking(Person.of(app), "uk").call("GET", path);
    expect(german.status).toBe(404);
    expect(german.json.error).toEqual({ code: "not_found", message: refusalMessages("de").ideaNotFound });
    expect(german.json.error.message).toBe("Diese Idee gibt es nicht.");
    expect(german.headers.get("content-language")).toBe("de");
    expect(english.json.error).toEqual({ code: "not_found", message: "This idea does not exist." });
    expect(english.headers.get("content-language")).toBe("en");
    expect(ukrainian.json.error).toEqual({ code: "not_found", message: refusalMessages("uk").ideaNotFound });
    expect(ukrainian.headers.get("content-language")).toBe("uk");
  });

  it("words a refusal with its facts, raised in service code without a request, in the request's language", async () => {
    current = testApp();
    const { app, services } = current;
    const board = seedBoard(services, { title: "Budget", voting: { kind: "dots", dots: 3 } });
    const maria = personAs(services, app, "manager", { name: "Maria" }).person;
    const ideaOf = async (title: string) =>
      (await maria.call("POST", `/api/boards/${board.id}/ideas`, { title })).json.idea.id as string;
    const [first, second] = [await ideaOf("Mehr Bänke"), await ideaOf("Tempo 30")];
    const anna = speaking(personAs(services, app, "resident", { name: "Anna" }).person, "en");
    expect((await anna.call("PUT", `/api/ideas/${first}/vote`, { dots: 3 })).status).toBe(200);
    const over = await anna.call("PUT", `/api/ideas/${second}/vote`, { dots: 1 });
    expect(over.status).toBe(409);
    expect(over.json.error).toEqual({
      code: "conflict",
      message: refusalMessages("en").overBudget({ budget: 3, spent: 3 }),
    });
    expect(over.json.error.message).toBe("You only have 3 dots; 3 of them are already given.");
    anna.cookie = anna.cookie.replace("quer_locale=en", "quer_locale=de");
    const german = await anna.call("PUT", `/api/ideas/${second}/vote`, { dots: 1 });
    expect(german.json.error.message).toBe("Du hast nur 3 Punkte; 3 davon sind schon vergeben.");
  });

  it("words a blocked person's refusal with the address to turn to", async () => {
    current = testApp({ officeContact: "buero@quer.test" });
    const { app, services } = current;
    const board = seedBoard(services);
    const { person, id } = personAs(services, app, "resident", { name: "Bernd" });
    services.sqlite.prepare("update users set blocked_at = 1 where id = ?").run(id);
    const refused = await speaking(person, "en").call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Mehr Licht",
    });
    expect(refused.json.error).toEqual({
      code: "blocked",
      message: "Your account is blocked. Please contact buero@quer.test.",
      contact: "buero@quer.test",
    });
  });
});

describe("validation issues follow the request's language", () => {
  const register = (person: Person, body: unknown) => person.call("POST", "/api/auth/register", body);

  it("words a shared schema's own message from the server's catalogue", async () => {
    current = testApp();
    const { app } = current;
    const body = { email: "not an address", password: "lang genug und mehr", name: "Anna" };
    const german = await register(Person.of(app), body);
    const english = await register(speaking(Person.of(app), "en"), body);
    expect(german.status).toBe(400);
    expect(german.json.error.message).toBe(refusalMessages("de").invalidInput);
    expect(german.json.error.issues).toEqual([{ path: ["email"], message: issuesDe.emailInvalid }]);
    expect(english.json.error.message).toBe(refusalMessages("en").invalidInput);
    expect(english.json.error.issues).toEqual([{ path: ["email"], message: issuesEn.emailInvalid }]);
  });

  it("fills a limit into the text from the issue zod records", async () => {
    current = testApp();
    const { app } = current;
    const body = { email: "anna@quer.test", password: "kurz", name: "Anna" };
    const english = await register(speaking(Person.of(app), "en"), body);
    expect(english.json.error.issues).toEqual([
      { path: ["password"], message: "The password needs at least 10 characters." },
    ]);
    const german = await register(Person.of(app), body);
    expect(german.json.error.issues).toEqual([
      { path: ["password"], message: "Das Passwort braucht mindestens 10 Zeichen." },
    ]);
  });

  it("takes zod's generic messages from zod's locale for the language, German for Leichte Sprache", async () => {
    current = testApp();
    const { app } = current;
    const body = { email: "anna@quer.test", password: "lang genug und mehr" };
    const said = async (locale: string | null) => {
      const person = locale ? speaking(Person.of(app), locale) : Person.of(app);
      const answer = await register(person, body);
      expect(answer.status).toBe(400);
      const issue = answer.json.error.issues[0];
      expect(issue.path).toEqual(["name"]);
      return issue.message as string;
    };
    const [german, easy, english, russian] = [
      await said(null),
      await said("de-x-ls"),
      await said("en"),
      await said("ru"),
    ];
    expect(english).toBe("Invalid input: expected string, received undefined");
    expect(german).not.toBe(english);
    expect(german).toMatch(/Ungültige Eingabe/);
    expect(easy).toBe(german);
    expect(russian).toMatch(/\p{Script=Cyrillic}/u);
  });
});
