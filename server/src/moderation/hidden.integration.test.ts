import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
});

describe("hidden content", () => {
  it("leaves the board document, the API and the CSV at once; stays visible to its author with the reason", async () => {
    server = await testServer();
    const { services, url } = server;
    const board = seedBoard(services);
    const [author, reader] = residents(services.db, server, 2);
    if (!author || !reader) throw new Error("no residents");
    const maria = await signedInManager(services, Person.over(server));
    const idea = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Unfreundlicher Beitrag" })
    ).json.idea;
    const keep = (
      await author.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Netter Beitrag" })
    ).json.idea;
    const live = clients.provider(url, `board:${board.id}`);
    await waitFor(() => live.ideas()[idea.id], "idea in the board doc");
    const editor = clients.provider(url, `idea:${idea.id}`, { cookie: reader.person.cookie });
    await waitFor(() => editor.provider.synced, "reader on the idea doc");

    const hidden = await maria.call("POST", `/api/ideas/${idea.id}/hide`, { reason: "Beleidigende Sprache" });
    expect(hidden.status).toBe(200);
    expect(hidden.json.idea.hidden.reason).toBe("Beleidigende Sprache");

    await waitFor(() => !live.ideas()[idea.id], "idea gone from the open board doc");
    await waitFor(() => editor.closes.includes(4403), "the reader's idea socket closed with 4403");
    const fresh = clients.provider(url, `board:${board.id}`);
    await waitFor(() => fresh.provider.synced && fresh.ideas()[keep.id], "fresh provider synced");
    expect(fresh.ideas()[idea.id]).toBeUndefined();

    const asReader = (await reader.person.call("GET", `/api/boards/${board.id}`)).json.ideas.map(
      (i: { id: string }) => i.id,
    );
    expect(asReader).toEqual([keep.id]);
    expect((await reader.person.call("GET", `/api/ideas/${idea.id}`)).status).toBe(404);
    expect(
      await clients.upgradeStatus(url, `idea:${idea.id}`, { origin: url, cookie: reader.person.cookie }),
    ).toBe(403);

    const csv = await (
      await fetch(`${url}/api/boards/${board.id}/export.csv`, { headers: { cookie: maria.cookie } })
    ).text();
    expect(csv).toContain("Netter Beitrag");
    expect(csv).not.toContain("Unfreundlicher Beitrag");

    const own = await author.person.call("GET", `/api/ideas/${idea.id}`);
    expect(own.status).toBe(200);
    expect(own.json.idea.hidden).toMatchObject({ reason: "Beleidigende Sprache" });
    const ownBoard = (await author.person.call("GET", `/api/boards/${board.id}`)).json.ideas;
    expect(ownBoard.find((i: { id: string }) => i.id === idea.id)?.hidden?.reason).toBe(
      "Beleidigende Sprache",
    );

    expect((await maria.call("POST", `/api/ideas/${idea.id}/restore`)).status).toBe(200);
    await waitFor(() => live.ideas()[idea.id], "restored idea back in the board doc");
  });

  it("blocking a person ends their sessions and sockets; they can still read but not write", async () => {
    server = await testServer();
    const { services, url } = server;
    const board = seedBoard(services);
    const [ben] = residents(services.db, server, 1);
    if (!ben) throw new Error("no resident");
    const maria = await signedInManager(services, Person.over(server));
    const socket = clients.provider(url, `board:${board.id}`, { cookie: ben.person.cookie });
    await waitFor(() => socket.provider.synced, "synced");
    expect((await maria.call("POST", `/api/people/${ben.id}/block`, { reason: "Spam" })).status).toBe(200);
    await waitFor(() => socket.closes.includes(4401), "socket closed when the session ended");
    expect((await ben.person.call("GET", "/api/me")).json.user).toBeNull();
    const again = Person.over(server);
    again.cookie = `quer_session=${services.sessions.create(ben.id).token}`;
    expect((await again.call("GET", `/api/boards/${board.id}`)).status).toBe(200);
    expect(
      (await again.call("POST", `/api/boards/${board.id}/ideas`, { title: "Noch mehr Spam" })).status,
    ).toBe(403);
    expect((await maria.call("POST", `/api/people/${ben.id}/unblock`)).status).toBe(200);
    expect(
      (await again.call("POST", `/api/boards/${board.id}/ideas`, { title: "Wieder dabei" })).status,
    ).toBe(201);
  });
});
