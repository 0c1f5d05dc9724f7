import { BOARD_DOC_VERSION, BOARD_IDEAS, BOARD_META, readBoardIdea } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents, waitFor } from "../testing/sync-clients.ts";
import { reconcileBoard } from "./board-doc.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
});

describe("board document: an idea's entry", () => {
  it("follows status with reason and contact, co-authors and locked comments, and says its version", async () => {
    server = await testServer();
    const { services, url } = server;
    const board = seedBoard(services);
    const [author, ben] = residents(services.db, server, 2);
    if (!author || !ben) throw new Error("no residents");
    const maria = await signedInManager(services, Person.over(server));
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Trinkbrunnen" })
    ).json.idea;
    const live = clients.provider(url, `board:${board.id}`);
    const entry = () => readBoardIdea(live.ideas()[idea.id], idea.id);
    await waitFor(() => entry(), "idea in the board doc");
    expect(live.doc.getMap(BOARD_META).get("schemaVersion")).toBe(BOARD_DOC_VERSION);
    expect(entry()?.coauthors).toEqual([]);

    const contact = { office: "Wasserbetriebe", email: "wasser@example.org" };
    await maria.call("POST", `/api/ideas/${idea.id}/status`, {
      status: "forwarded",
      reason: "Die Wasserbetriebe sind zuständig.",
      contact,
    });
    await waitFor(() => entry()?.status === "forwarded", "status in the doc");
    expect(entry()?.statusReason).toBe("Die Wasserbetriebe sind zuständig.");
    expect(entry()?.statusContact).toEqual(contact);

    expect((await author.person.call("PUT", `/api/ideas/${idea.id}/coauthors/${ben.id}`)).status).toBe(204);
    await waitFor(() => entry()?.coauthors.length === 1, "co-author in the doc");
    expect(entry()?.coauthors).toEqual(["Nachbar 1"]);

    await maria.call("PATCH", `/api/ideas/${idea.id}`, { commentsLocked: true });
    await waitFor(() => entry()?.commentsLocked === true, "locked comments in the doc");

    // A status without a reason or contact takes the old ones out of the entry.
    await maria.call("POST", `/api/ideas/${idea.id}/status`, { status: "accepted" });
    await waitFor(() => entry()?.status === "accepted", "new status in the doc");
    const raw = live.ideas()[idea.id] ?? {};
    expect("statusReason" in raw).toBe(false);
    expect("statusContact" in raw).toBe(false);

    expect((await author.person.call("DELETE", `/api/ideas/${idea.id}/coauthors/${ben.id}`)).status).toBe(
      204,
    );
    await waitFor(() => entry()?.coauthors.length === 0, "co-author gone from the doc");
  });

  it("drops keys an older shape had when it is brought in line with SQL", async () => {
    server = await testServer();
    const { services } = server;
    const board = seedBoard(services);
    const [author] = residents(services.db, server, 1);
    if (!author) throw new Error("no resident");
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Trinkbrunnen" })
    ).json.idea;
    const doc = new Y.Doc();
    reconcileBoard(doc, services.db, board.id);
    const stored = doc.getMap<Y.Map<unknown>>(BOARD_IDEAS).get(idea.id);
    stored?.set("retired", "from an older shape");
    doc.getMap(BOARD_META).set("schemaVersion", 1);
    reconcileBoard(doc, services.db, board.id);
    expect(stored?.has("retired")).toBe(false);
    expect(doc.getMap(BOARD_META).get("schemaVersion")).toBe(BOARD_DOC_VERSION);
    expect(readBoardIdea(stored?.toJSON(), idea.id)?.title).toBe("Trinkbrunnen");
  });
});
