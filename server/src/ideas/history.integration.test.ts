import { docName, ideaHistoryAnswer } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import type { Person } from "../testing/harness.ts";
import { seedBoard, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
const clients = new Clients();
const running: Server[] = [];

afterEach(async () => {
  clients.closeAll();
  for (const s of running.splice(0)) await s.dispose();
});

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");
const text = (client: Client, field: "title" | "body") => client.doc.getText(field).toString();

async function history(person: Person, ideaId: string) {
  const res = await person.call("GET", `/api/ideas/${ideaId}/history`);
  expect(res.status).toBe(200);
  return ideaHistoryAnswer.parse(res.json).versions;
}

describe("versions of co-written idea text, over real sockets", () => {
  it("keeps a writer's wipe as a version after the quiet period; restoring it reaches every open editor", async () => {
    const server = await testServer({ historyQuietMs: 80 });
    running.push(server);
    const board = seedBoard(server.services);
    const [anna, ben] = residents(server.services.db, server, 2);
    if (!anna || !ben) throw new Error("no residents");
    const posted = await anna.person.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Repair-Café",
      body: "Einmal im Monat im Gemeindehaus.",
    });
    expect(posted.status).toBe(201);
    const ideaId: string = posted.json.idea.id;
    expect((await anna.person.call("PUT", `/api/ideas/${ideaId}/coauthors/${ben.id}`)).status).toBe(204);

    const name = docName("idea", ideaId);
    const annaEditor = clients.provider(server.url, name, { cookie: anna.person.cookie });
    const benEditor = clients.provider(server.url, name, { cookie: ben.person.cookie });
    await Promise.all([annaEditor, benEditor].map(synced));
    const [first] = await history(anna.person, ideaId);
    expect(first).toMatchObject({ title: "Repair-Café", body: "Einmal im Monat im Gemeindehaus." });

    // Ben wipes title and body; Anna's copy follows.
    benEditor.doc.transact(() => {
      for (const field of ["title", "body"] as const) {
        const t = benEditor.doc.getText(field);
        t.delete(0, t.length);
      }
    });
    await waitFor(
      () => text(annaEditor, "body") === "" && text(annaEditor, "title") === "",
      "the wipe at Anna's",
    );

    // After the quiet period the wipe is a version, with Ben's name.
    const wiped = await waitFor(async () => {
      const [newest] = await history(ben.person, ideaId);
      return newest && newest.id !== first?.id ? newest : undefined;
    }, "the wipe kept as a version");
    expect(wiped).toMatchObject({ title: "", body: "", by: ["Nachbar 1"] });

    // Anna restores the text as posted; both open editors show it, and SQL holds it.
    const restored = await anna.person.call("POST", `/api/ideas/${ideaId}/history/${first?.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.json.idea).toMatchObject({
      title: "Repair-Café",
      body: "Einmal im Monat im Gemeindehaus.",
    });
    for (const editor of [annaEditor, benEditor]) {
      await waitFor(
        () =>
          text(editor, "title") === "Repair-Café" &&
          text(editor, "body") === "Einmal im Monat im Gemeindehaus.",
        "the restored text in every editor",
      );
      expect(editor.closes).toEqual([]);
    }
    const row = server.services.sqlite.prepare("select title, body from ideas where id = ?").get(ideaId);
    expect(row).toEqual({ title: "Repair-Café", body: "Einmal im Monat im Gemeindehaus." });

    // Editing goes on from the restored text.
    annaEditor.doc.getText("body").insert(0, "Neu: ");
    await waitFor(() => text(benEditor, "body").startsWith("Neu: Einmal"), "Anna's edit at Ben's");
  });
});
