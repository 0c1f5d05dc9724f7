import { BOARD_PROJECTS, type BoardDocProject, docName, readBoardDocProject } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, signedInManager, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";
import { reconcileProjects } from "./board-entry.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
const clients = new Clients();

afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

/** The project's entry in a board document, if it is whole. */
function entry(client: Client, projectId: string): BoardDocProject | null {
  const value = client.doc.getMap(BOARD_PROJECTS).get(projectId);
  return value && typeof value === "object" && "toJSON" in value
    ? readBoardDocProject((value as { toJSON(): unknown }).toJSON())
    : null;
}

describe("a project's facts in its board document", () => {
  it("follow every change of team, stage, news, money and fund at once, on every board", async () => {
    server = await testServer();
    const manager = await signedInManager(server.services, Person.over(server));
    const board = (await manager.call("POST", "/api/boards", { title: "Gärten" })).json.board.id as string;
    const other = (await manager.call("POST", "/api/boards", { title: "Straßen" })).json.board.id as string;
    const [anna, ben] = residents(server.services.db, server, 2);
    if (!anna || !ben) throw new Error("no residents");
    const promote = async (boardId: string, title: string) => {
      const idea = await anna.person.call("POST", `/api/boards/${boardId}/ideas`, { title });
      return (await manager.call("POST", `/api/ideas/${idea.json.idea.id}/promote`)).json.project;
    };
    const reader = clients.provider(server.url, docName("board", board));
    const otherReader = clients.provider(server.url, docName("board", other));
    await waitFor(() => reader.provider.synced && otherReader.provider.synced, "boards synced");

    const project = await promote(board, "Hochbeete");
    const elsewhere = await promote(other, "Tempo 30");
    await waitFor(() => entry(reader, project.id), "the new project's entry");
    expect(entry(reader, project.id)).toMatchObject({
      title: "Hochbeete",
      status: "planning",
      team: [{ id: anna.id, name: "Nachbar 0" }],
      news: [],
    });

    await ben.person.call("POST", `/api/projects/${project.id}/team`);
    await waitFor(() => entry(reader, project.id)?.team.length === 2, "Ben on the team");
    await anna.person.call("POST", `/api/projects/${project.id}/news`, { body: "Erde ist da." });
    await anna.person.call("PATCH", `/api/projects/${project.id}`, { status: "running" });
    await waitFor(
      () => entry(reader, project.id)?.status === "running" && entry(reader, project.id)?.news[0]?.body,
      "stage and news",
    );
    expect(entry(reader, project.id)?.news[0]).toMatchObject({
      authorName: "Nachbar 0",
      body: "Erde ist da.",
    });

    const year = project.fundYear as number;
    await manager.call("PUT", `/api/funds/${year}`, { amount: 500000 });
    await waitFor(() => entry(otherReader, elsewhere.id)?.fund.amount === 500000, "the fund's amount");
    await manager.call("PATCH", `/api/projects/${project.id}`, {
      budgetRequested: 30000,
      budgetGranted: 25000,
    });
    // A grant here leaves less for the project on the other board too.
    await waitFor(() => entry(otherReader, elsewhere.id)?.fund.left === 475000, "what is left, elsewhere");
    expect(entry(reader, project.id)).toMatchObject({
      budgetRequested: 30000,
      budgetGranted: 25000,
      fund: { year, amount: 500000, granted: 25000, left: 475000 },
    });

    await ben.person.call("DELETE", `/api/projects/${project.id}/team`);
    await waitFor(() => entry(reader, project.id)?.team.length === 1, "Ben left");

    // A fresh reader gets the same from the stored document.
    const late = clients.provider(server.url, docName("board", board));
    await waitFor(() => late.provider.synced, "late reader synced");
    expect(entry(late, project.id)).toEqual(entry(reader, project.id));
    expect([...late.doc.getMap(BOARD_PROJECTS).keys()]).toEqual([project.id]);
    for (const c of [reader, otherReader, late]) expect(c.closes).toEqual([]);
  });

  it("are brought in line with SQL when a document without them loads", async () => {
    server = await testServer();
    const manager = await signedInManager(server.services, Person.over(server));
    const board = (await manager.call("POST", "/api/boards", { title: "Höfe" })).json.board.id as string;
    const [anna] = residents(server.services.db, server, 1);
    if (!anna) throw new Error("no resident");
    const idea = await anna.person.call("POST", `/api/boards/${board}/ideas`, { title: "Hoffest" });
    const project = (await manager.call("POST", `/api/ideas/${idea.json.idea.id}/promote`)).json.project;
    // A document stored before projects were in it, with a leftover entry of none.
    const doc = new Y.Doc();
    const stale = new Y.Map<unknown>();
    doc.getMap(BOARD_PROJECTS).set("gone", stale);
    reconcileProjects(doc, server.services.db, board);
    expect([...doc.getMap(BOARD_PROJECTS).keys()]).toEqual([project.id]);
    const entry = doc.getMap(BOARD_PROJECTS).get(project.id) as Y.Map<unknown>;
    expect(readBoardDocProject(entry.toJSON())).toMatchObject({ id: project.id, title: "Hoffest" });
    // Already right: nothing more to write.
    let updates = 0;
    doc.on("update", () => {
      updates += 1;
    });
    reconcileProjects(doc, server.services.db, board);
    expect(updates).toBe(0);
  });
});
