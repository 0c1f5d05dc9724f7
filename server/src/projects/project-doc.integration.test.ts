import { CloseCode, docName, PROJECT_GOAL, PROJECT_TASKS } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, signedInManager, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
const clients = new Clients();

afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

/** A project promoted from Anna's idea: Anna is on its team, Bob is not. */
async function projectServer() {
  server = await testServer();
  const manager = await signedInManager(server.services, Person.over(server));
  const boardId = (await manager.call("POST", "/api/boards", { title: "Projekte" })).json.board.id as string;
  const [anna, bob] = residents(server.services.db, server, 2);
  if (!anna || !bob) throw new Error("no residents");
  const idea = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title: "Hochbeete" });
  const promoted = await manager.call("POST", `/api/ideas/${idea.json.idea.id}/promote`);
  expect(promoted.status).toBe(201);
  const projectId = promoted.json.project.id as string;
  return { server, manager, anna, bob, projectId, name: docName("project", projectId) };
}

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");
const titles = (client: Client) =>
  client.doc
    .getArray<Y.Map<unknown>>(PROJECT_TASKS)
    .toArray()
    .map((t) => t.get("title"));

function addTask(client: Client, title: string): void {
  const task = new Y.Map<unknown>();
  task.set("id", title.toLowerCase());
  task.set("title", title);
  task.set("done", false);
  task.set("takenBy", null);
  client.doc.getArray(PROJECT_TASKS).push([task]);
}

describe("project documents", () => {
  it("are written by the team and managers, read by everyone who sees the board", async () => {
    const { server, manager, anna, bob, name } = await projectServer();
    const member = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const boss = clients.provider(server.url, name, { cookie: manager.cookie });
    const outsider = clients.provider(server.url, name, { cookie: bob.person.cookie });
    const anonymous = clients.provider(server.url, name);
    await Promise.all([member, boss, outsider, anonymous].map(synced));

    addTask(member, "Erde bestellen");
    boss.doc.getText(PROJECT_GOAL).insert(0, "Drei Beete bis Mai");
    await waitFor(
      () => titles(anonymous).length === 1 && anonymous.doc.getText(PROJECT_GOAL).length > 0,
      "edits",
    );

    addTask(outsider, "Heimlich");
    await waitFor(() => outsider.closes.includes(CloseCode.forbidden), "outsider closed with 4403");
    const fresh = clients.provider(server.url, name);
    await synced(fresh);
    expect(titles(fresh)).toEqual(["Erde bestellen"]);
    expect(fresh.doc.getText(PROJECT_GOAL).toString()).toBe("Drei Beete bis Mai");
    expect(titles(member)).toEqual(["Erde bestellen"]);
    for (const c of [member, boss, anonymous]) expect(c.closes).toEqual([]);
  });

  it("close a leaving member's writer socket with 4403", async () => {
    const { server, anna, projectId, name } = await projectServer();
    const member = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([member, reader].map(synced));
    addTask(member, "Gießplan");
    await waitFor(() => titles(reader).length === 1, "task relayed");

    expect((await anna.person.call("DELETE", `/api/projects/${projectId}/team`)).status).toBe(200);
    await waitFor(() => member.closes.includes(CloseCode.forbidden), "former member closed with 4403");
    expect(reader.closes).toEqual([]);
  });

  it("become writable for someone who joins the team while reading", async () => {
    const { server, bob, projectId, name } = await projectServer();
    const joiner = clients.provider(server.url, name, { cookie: bob.person.cookie });
    const reader = clients.provider(server.url, name);
    await Promise.all([joiner, reader].map(synced));
    expect((await bob.person.call("POST", `/api/projects/${projectId}/team`)).status).toBe(200);
    addTask(joiner, "Samen tauschen");
    await waitFor(() => titles(reader).length === 1, "the new member's task relayed");
    expect(joiner.closes).toEqual([]);
  });

  it("do not exist for unknown projects", async () => {
    server = await testServer();
    const status = await clients.upgradeStatus(server.url, docName("project", "nosuchproject01"), {
      origin: server.url,
    });
    expect(status).toBe(404);
    // Nor does the registry make one up for a caller that skips the access check.
    expect(server.services.registry.get(docName("project", "nosuchproject01"))).toBeNull();
  });
});
