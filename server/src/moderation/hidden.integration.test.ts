import { users } from "@quer/db";
import { CloseCode } from "@quer/shared";
import { eq } from "drizzle-orm";
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

  it("a person blocked while signed in is told so and whom to contact; reads, exports and deletes, does not write", async () => {
    server = await testServer();
    const { services, url } = server;
    const board = seedBoard(services);
    const [ben] = residents(services.db, server, 1);
    if (!ben) throw new Error("no resident");
    const maria = await signedInManager(services, Person.over(server));
    const mariaEmail = services.db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.role, "manager"))
      .get()?.email;
    const socket = clients.provider(url, `board:${board.id}`, { cookie: ben.person.cookie });
    await waitFor(() => socket.provider.synced, "synced");
    expect((await maria.call("POST", `/api/people/${ben.id}/block`, { reason: "Spam" })).status).toBe(200);
    await waitFor(() => socket.closes.includes(CloseCode.blocked), "socket closed with the blocked code");
    // The same session: told that the account is blocked, and whom to turn to.
    expect((await ben.person.call("GET", "/api/me")).json).toEqual({
      user: { id: ben.id, name: "Nachbar 0", role: "resident" },
      blocked: { contact: mariaEmail },
    });
    expect((await ben.person.call("GET", `/api/boards/${board.id}`)).status).toBe(200);
    const refused = await ben.person.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Noch mehr Spam",
    });
    expect(refused.status).toBe(403);
    expect(refused.json.error).toEqual({
      code: "blocked",
      message: `Dein Konto ist gesperrt. Wende dich an ${mariaEmail}.`,
      contact: mariaEmail,
    });
    // The client connects again (a 44xx code stops y-websocket on its own): the board reads live
    // again, and the block is not told twice.
    socket.provider.connect();
    await waitFor(() => socket.provider.synced && socket.provider.wsconnected, "reconnected to read");
    expect(socket.closes.filter((code) => code === CloseCode.blocked)).toHaveLength(1);
    expect((await ben.person.call("GET", "/api/me/export")).status).toBe(200);
    expect((await maria.call("POST", `/api/people/${ben.id}/unblock`)).status).toBe(200);
    expect(
      (await ben.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Wieder dabei" })).status,
    ).toBe(201);
    expect((await ben.person.call("GET", "/api/me")).json.blocked).toBeUndefined();
  });

  it("names the office's configured contact, and a blocked person may still delete their account", async () => {
    server = await testServer({ officeContact: "buero@quartier.example.org" });
    const { services } = server;
    const board = seedBoard(services);
    const [ben] = residents(services.db, server, 1);
    if (!ben) throw new Error("no resident");
    const maria = await signedInManager(services, Person.over(server));
    expect((await maria.call("POST", `/api/people/${ben.id}/block`, {})).status).toBe(200);
    const posted = await ben.person.call("POST", `/api/boards/${board.id}/ideas`, { title: "Hallo" });
    expect(posted.json.error.contact).toBe("buero@quartier.example.org");
    expect((await ben.person.call("GET", "/api/me")).json.blocked).toEqual({
      contact: "buero@quartier.example.org",
    });
    expect((await ben.person.call("DELETE", "/api/me")).status).toBe(204);
    expect((await ben.person.call("GET", "/api/me")).json.user).toBeNull();
  });
});
