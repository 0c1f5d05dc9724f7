import { CANVAS_PLACEMENT } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
});

async function joined(code: string) {
  if (!server) throw new Error("no server");
  const p = Person.over(server);
  const res = await p.call("POST", "/api/join", { code });
  if (res.status !== 200) throw new Error(`join failed: ${res.status}`);
  return p;
}

describe("a live workshop over real sockets", () => {
  it("keeps dot tallies out of board:<id> until the reveal, then shows them exactly", async () => {
    server = await testServer();
    const board = seedBoard(server.services, { mode: "workshop", voting: { kind: "dots", dots: 3 } });
    const maria = await signedInManager(server.services, Person.over(server));
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const phones = await Promise.all([joined(code), joined(code), joined(code)]);
    const [first] = phones;
    if (!first) throw new Error("no phone");
    const idea = (await first.call("POST", `/api/boards/${board.id}/ideas`, { title: "Mehr Bänke" })).json
      .idea;
    const raw = clients.provider(server.url, `board:${board.id}`, { cookie: first.cookie });
    await waitFor(() => raw.ideas()[idea.id], "idea in the participant's board doc");
    await maria.call("POST", `/api/boards/${board.id}/phase`, { phase: "vote" });
    await waitFor(() => raw.doc.getMap("meta").get("phase") === "vote", "vote phase live");
    const dots = [3, 2, 1];
    await Promise.all(phones.map((p, i) => p.call("PUT", `/api/ideas/${idea.id}/vote`, { dots: dots[i] })));
    // Every update the server relayed has arrived once the manager's own copy reached the same state.
    const watcher = clients.provider(server.url, `board:${board.id}`, { cookie: maria.cookie });
    await waitFor(() => watcher.provider.synced, "manager synced");
    expect(raw.ideas()[idea.id]).not.toHaveProperty("votes");
    expect(JSON.stringify(raw.doc.getMap("ideas").toJSON())).not.toContain('"votes"');
    await maria.call("POST", `/api/boards/${board.id}/reveal`);
    await waitFor(() => raw.ideas()[idea.id]?.votes === 6, "exact tally after the reveal");
    expect(raw.doc.getMap("meta").get("revealed")).toBe(true);
  });

  it("lets participants write canvas:<id> only while the facilitator allows it", async () => {
    server = await testServer();
    const board = seedBoard(server.services, { mode: "workshop" });
    const maria = await signedInManager(server.services, Person.over(server));
    const { code } = (await maria.call("POST", `/api/boards/${board.id}/session`)).json;
    const phone = await joined(code);
    const facilitator = clients.provider(server.url, `canvas:${board.id}`, { cookie: maria.cookie });
    await waitFor(() => facilitator.provider.synced, "facilitator on the canvas");
    facilitator.doc.getMap(CANVAS_PLACEMENT).set("idea-a", "group-1");
    const participant = clients.provider(server.url, `canvas:${board.id}`, { cookie: phone.cookie });
    await waitFor(
      () => participant.doc.getMap(CANVAS_PLACEMENT).get("idea-a") === "group-1",
      "participant reads it",
    );
    participant.doc.getMap(CANVAS_PLACEMENT).set("idea-a", "group-2");
    await waitFor(() => participant.closes.includes(4403), "participant's write refused with 4403");
    expect(facilitator.doc.getMap(CANVAS_PLACEMENT).get("idea-a")).toBe("group-1");

    expect(
      (await maria.call("PATCH", `/api/boards/${board.id}/workshop`, { participantCanvas: true })).status,
    ).toBe(200);
    const allowed = clients.provider(server.url, `canvas:${board.id}`, { cookie: phone.cookie });
    await waitFor(() => allowed.provider.synced, "participant back as a writer");
    allowed.doc.getMap(CANVAS_PLACEMENT).set("idea-b", "group-1");
    await waitFor(
      () => facilitator.doc.getMap(CANVAS_PLACEMENT).get("idea-b") === "group-1",
      "participant's move arrives",
    );

    expect(
      (await maria.call("PATCH", `/api/boards/${board.id}/workshop`, { participantCanvas: false })).status,
    ).toBe(200);
    await waitFor(() => allowed.closes.includes(4403), "write access withdrawn at once");
    const outsider = Person.over(server);
    await outsider.register("Außen");
    expect(
      await clients.upgradeStatus(server.url, `canvas:${board.id}`, {
        origin: server.url,
        cookie: outsider.cookie,
      }),
    ).toBe(403);
  });
});
