import { users } from "@quer/db";
import { CloseCode, DESK_DOC, DESK_MAP, readDeskCounts } from "@quer/shared";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { Clients, residents, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
let server: Awaited<ReturnType<typeof testServer>> | undefined;
afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

async function started() {
  server = await testServer();
  const services = server.services;
  const maria = await signedInManager(services, Person.over(server));
  const mariaId = services.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.name, "Maria Manager"))
    .get()?.id;
  if (!mariaId) throw new Error("no manager");
  const [anna] = residents(services.db, { url: server.url }, 1);
  if (!anna) throw new Error("no resident");
  return { services, url: server.url, maria, mariaId, anna };
}

/** The manager's copy of `desk:managers`, synced. */
async function deskOf(url: string, cookie: string) {
  const client = clients.provider(url, DESK_DOC, { cookie });
  await waitFor(() => client.provider.synced, "desk synced");
  return {
    ...client,
    counts: () => readDeskCounts(client.doc.getMap(DESK_MAP)),
  };
}

describe("desk:managers", () => {
  it("is refused to residents (403) and anonymous people (401) at the upgrade", async () => {
    const { url, anna, maria } = await started();
    expect(
      await clients.upgradeStatus(url, DESK_DOC, {
        origin: url,
        cookie: anna.person.cookie,
      }),
    ).toBe(403);
    expect(await clients.upgradeStatus(url, DESK_DOC, { origin: url })).toBe(401);
    expect(
      await clients.upgradeStatus(url, DESK_DOC, {
        origin: url,
        cookie: maria.cookie,
      }),
    ).toBe(101);
    // No other desk document exists.
    expect(
      await clients.upgradeStatus(url, "desk:everyone1", {
        origin: url,
        cookie: maria.cookie,
      }),
    ).toBe(404);
  });

  it("carries the counts to a manager as residents post and the office acts, and nothing else", async () => {
    const { services, url, maria, anna } = await started();
    const board = seedBoard(services, { moderation: "pre" });
    const desk = await deskOf(url, maria.cookie);
    expect(desk.counts()).toMatchObject({ pending: 0, reports: 0, waiting: 0 });
    const before = desk.counts().version;

    const posted = await anna.person.call("POST", `/api/boards/${board.id}/ideas`, {
      title: "Neue Schaukel",
    });
    expect(posted.status).toBe(201);
    await waitFor(() => desk.counts().pending === 1, "pending count");
    expect(desk.counts()).toMatchObject({ pending: 1, waiting: 1 });
    expect(desk.counts().version).toBeGreaterThan(before);

    const id = posted.json.idea.id as string;
    expect((await maria.call("POST", `/api/ideas/${id}/approve`)).status).toBe(200);
    await waitFor(() => desk.counts().pending === 0, "approved");
    expect(
      (
        await anna.person.call("POST", `/api/ideas/${id}/report`, {
          reason: "Doppelt",
        })
      ).status,
    ).toBe(201);
    await waitFor(() => desk.counts().reports === 1, "report count");
    expect(
      (
        await maria.call("POST", `/api/ideas/${id}/status`, {
          status: "accepted",
        })
      ).status,
    ).toBe(200);
    await waitFor(() => desk.counts().waiting === 0, "answered");

    // Numbers only: no title, no id, no name in the document.
    expect(Object.keys(desk.doc.getMap(DESK_MAP).toJSON()).sort()).toEqual([
      "pending",
      "reports",
      "version",
      "waiting",
    ]);
    expect(JSON.stringify(desk.doc.toJSON())).not.toContain("Schaukel");
  });

  it("closes a manager's socket the moment they are demoted", async () => {
    const { services, url, maria, mariaId } = await started();
    const desk = await deskOf(url, maria.cookie);
    services.db.update(users).set({ role: "resident" }).where(eq(users.id, mariaId)).run();
    await waitFor(() => desk.closes.includes(CloseCode.forbidden), "desk socket closed with 4403");
    expect(
      await clients.upgradeStatus(url, DESK_DOC, {
        origin: url,
        cookie: maria.cookie,
      }),
    ).toBe(403);
  });

  it("closes a manager's socket when they sign out", async () => {
    const { url, maria } = await started();
    const desk = await deskOf(url, maria.cookie);
    expect((await maria.call("POST", "/api/auth/logout")).status).toBe(204);
    await waitFor(() => desk.closes.includes(CloseCode.sessionEnded), "desk socket closed with 4401");
  });
});
