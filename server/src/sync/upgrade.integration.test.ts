import { docName } from "@quer/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Person, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents } from "../testing/sync-clients.ts";

let server: Awaited<ReturnType<typeof testServer>>;
const clients = new Clients();
let manager: Person;
let resident: Person;
let author: Person;
let publicBoard: string;
let privateBoard: string;
let workshopBoard: string;
let pendingIdea: string;

beforeAll(async () => {
  server = await testServer();
  manager = await signedInManager(server.services, Person.over(server));
  const made: string[] = [];
  for (const body of [
    { title: "Offen" },
    { title: "Intern", visibility: "private" },
    { title: "Werkstatt", mode: "workshop" },
    { title: "Vorab geprüft", moderation: "pre" },
  ]) {
    const res = await manager.call("POST", "/api/boards", body);
    expect(res.status).toBe(201);
    made.push(res.json.board.id);
  }
  [publicBoard, privateBoard, workshopBoard] = made as [string, string, string];
  const people = residents(server.services.db, server, 2);
  resident = people[0]?.person as Person;
  author = people[1]?.person as Person;
  const posted = await author.call("POST", `/api/boards/${made[3]}/ideas`, { title: "Wartet noch" });
  expect(posted.json.idea.moderation).toBe("pending");
  pendingIdea = posted.json.idea.id;
});

afterAll(async () => {
  clients.closeAll();
  await server.dispose();
});

const status = (name: string, headers: Record<string, string>) =>
  clients.upgradeStatus(server.url, name, headers);

describe("WebSocket upgrades", () => {
  it("are refused with 403 for a wrong or missing Origin, even with a valid session", async () => {
    const name = docName("board", publicBoard);
    expect(await status(name, { origin: server.url })).toBe(101);
    expect(await status(name, { origin: "http://evil.example" })).toBe(403);
    expect(await status(name, { origin: `${server.url}.evil.example` })).toBe(403);
    expect(await status(name, { origin: "http://evil.example", cookie: manager.cookie })).toBe(403);
    expect(await status(name, {})).toBe(403);
    expect(await status(name, { cookie: manager.cookie })).toBe(403);
  });

  it("say why in the reader's language, and name the address that works", async () => {
    const name = docName("board", publicBoard);
    const german = await clients.upgradeRefusal(server.url, name, { origin: "http://127.0.0.1:1" });
    expect(german.status).toBe(403);
    expect(german.body.error?.code).toBe("forbidden");
    expect(german.body.error?.message).toContain(`Öffne Quer unter ${server.url}`);
    const english = await clients.upgradeRefusal(server.url, name, {
      origin: "http://127.0.0.1:1",
      cookie: "quer_locale=en",
    });
    expect(english.body.error?.message).toContain(`Open Quer at ${server.url}`);
    const missing = await clients.upgradeRefusal(server.url, "board:doesnotexist00", {
      origin: server.url,
      cookie: "quer_locale=en",
    });
    expect(missing).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: "This content does not exist." } },
    });
  });

  it("answer 401 without a session and 403 with one for a board the person may not read", async () => {
    for (const board of [privateBoard, workshopBoard]) {
      const name = docName("board", board);
      expect(await status(name, { origin: server.url })).toBe(401);
      expect(await status(name, { origin: server.url, cookie: resident.cookie })).toBe(403);
      expect(await status(name, { origin: server.url, cookie: manager.cookie })).toBe(101);
    }
  });

  it("let only the author and managers open a pending idea's document", async () => {
    const name = docName("idea", pendingIdea);
    expect(await status(name, { origin: server.url })).toBe(401);
    expect(await status(name, { origin: server.url, cookie: resident.cookie })).toBe(403);
    expect(await status(name, { origin: server.url, cookie: author.cookie })).toBe(101);
    expect(await status(name, { origin: server.url, cookie: manager.cookie })).toBe(101);
  });

  it("answer 404 for documents that do not exist or are not documents at all", async () => {
    for (const name of [
      "board:doesnotexist00",
      "idea:doesnotexist00",
      "project:doesnotexist00",
      "nonsense",
      "board:",
    ]) {
      expect(await status(name, { origin: server.url, cookie: manager.cookie })).toBe(404);
    }
    expect(server.services.registry.isLoaded("board:doesnotexist00")).toBe(false);
  });
});
