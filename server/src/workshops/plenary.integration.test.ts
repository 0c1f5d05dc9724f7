import { CANVAS_GROUPS, CANVAS_PLACEMENT } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
});

function addGroup(doc: Y.Doc, id: string, name: string, order: number) {
  const g = new Y.Map<unknown>();
  g.set("id", id);
  g.set("name", name);
  g.set("order", order);
  doc.getMap(CANVAS_GROUPS).set(id, g);
}

interface PlenaryIdea {
  title: string;
  tableId: string;
  groupId: string | null;
}

describe("the plenary of a workshop with topic tables", () => {
  it("rolls every table's ideas and groups up, and the minutes follow it", async () => {
    server = await testServer();
    const board = seedBoard(server.services, { title: "Abend", mode: "workshop" });
    const maria = await signedInManager(server.services, Person.over(server));
    await maria.call("POST", `/api/boards/${board.id}/session`);
    const tableIds: string[] = [];
    for (const title of ["Schule", "Platz"]) {
      tableIds.push((await maria.call("POST", `/api/boards/${board.id}/tables`, { title })).json.table.id);
    }
    const [schule, platz] = tableIds as [string, string];
    const ids: Record<string, string> = {};
    for (const [table, title] of [
      [schule, "Tempo 30"],
      [schule, "Radständer"],
      [platz, "Zebrastreifen"],
      [platz, "Blumenbeete"],
      [board.id, "Sitzbänke"],
    ] as const) {
      ids[title] = (await maria.call("POST", `/api/boards/${table}/ideas`, { title })).json.idea.id;
    }

    // Each table groups its own ideas; both have a "Verkehr".
    const atSchule = clients.provider(server.url, `canvas:${schule}`, { cookie: maria.cookie });
    const atPlatz = clients.provider(server.url, `canvas:${platz}`, { cookie: maria.cookie });
    const plenum = clients.provider(server.url, `canvas:${board.id}`, { cookie: maria.cookie });
    for (const c of [atSchule, atPlatz, plenum]) await waitFor(() => c.provider.synced, "canvas synced");
    atSchule.doc.transact(() => {
      addGroup(atSchule.doc, "v1", "Verkehr", 1);
      atSchule.doc.getMap(CANVAS_PLACEMENT).set(ids["Tempo 30"] as string, "v1");
    });
    atPlatz.doc.transact(() => {
      addGroup(atPlatz.doc, "v2", "verkehr", 1);
      addGroup(atPlatz.doc, "g2", "Grün", 2);
      atPlatz.doc.getMap(CANVAS_PLACEMENT).set(ids.Zebrastreifen as string, "v2");
      atPlatz.doc.getMap(CANVAS_PLACEMENT).set(ids.Blumenbeete as string, "g2");
    });
    // The plenary puts an idea of the workshop itself into a table's group.
    plenum.doc.getMap(CANVAS_PLACEMENT).set(ids.Sitzbänke as string, `${platz}.g2`);

    const plenary = await waitFor(async () => {
      const answer = await maria.call("GET", `/api/boards/${board.id}/plenary`);
      const byTitle = new Map((answer.json.ideas as PlenaryIdea[]).map((i) => [i.title, i]));
      return byTitle.get("Sitzbänke")?.groupId && byTitle.get("Zebrastreifen")?.groupId ? answer : null;
    }, "the plenary with every canvas");
    const groups = plenary.json.groups as { id: string; name: string }[];
    expect(groups.map((g) => g.name)).toEqual(["Verkehr", "Grün"]);
    const nameOf = (title: string) => {
      const idea = (plenary.json.ideas as PlenaryIdea[]).find((i) => i.title === title);
      return groups.find((g) => g.id === idea?.groupId)?.name ?? null;
    };
    expect(nameOf("Tempo 30")).toBe("Verkehr");
    expect(nameOf("Zebrastreifen")).toBe("Verkehr");
    expect(nameOf("Blumenbeete")).toBe("Grün");
    expect(nameOf("Sitzbänke")).toBe("Grün");
    expect(nameOf("Radständer")).toBeNull();

    const minutes = await maria.call("GET", `/api/boards/${board.id}/minutes.md`);
    const text = String(minutes.json);
    const section = (name: string) => text.split(`### ${name}\n`)[1]?.split("###")[0] ?? "";
    expect(section("Verkehr")).toContain("- Tempo 30 – 0 Punkte (Thementisch: Schule)");
    expect(section("Verkehr")).toContain("- Zebrastreifen – 0 Punkte (Thementisch: Platz)");
    expect(section("Grün")).toContain("- Sitzbänke – 0 Punkte\n");
    expect(section("Ohne Gruppe")).toContain("- Radständer – 0 Punkte (Thementisch: Schule)");
  });
});
