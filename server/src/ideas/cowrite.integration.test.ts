import { rmSync } from "node:fs";
import { docName, excerptOf } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { seedBoard, tempDataDir, testServer } from "../testing/harness.ts";
import { type Client, Clients, residents, sleep, waitFor } from "../testing/sync-clients.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
const clients = new Clients();
const running: Server[] = [];
const dirs: string[] = [];

afterEach(async () => {
  clients.closeAll();
  for (const s of running.splice(0)) await s.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string): Promise<Server> {
  const server = await testServer({}, dataDir);
  running.push(server);
  return server;
}

async function stop(server: Server): Promise<void> {
  running.splice(running.indexOf(server), 1);
  await server.close();
}

const synced = (client: Client) => waitFor(() => client.provider.synced, "provider synced");
const text = (client: Client, field: "title" | "body") => client.doc.getText(field).toString();

function ideaRow(server: Server, ideaId: string) {
  return server.services.sqlite.prepare("select title, body from ideas where id = ?").get(ideaId) as {
    title: string;
    body: string;
  };
}

/**
 * A board where `writers` residents may all write one idea: on an ordinary board the
 * author adds the others as co-authors, on a "residents" board everyone may write.
 */
async function sharedIdea(server: Server, writers: number, coWriting: "authors" | "residents") {
  const board = seedBoard(server.services, { coWriting });
  const people = residents(server.services.db, server, writers);
  const author = people[0];
  if (!author) throw new Error("no residents");
  const posted = await author.person.call("POST", `/api/boards/${board.id}/ideas`, {
    title: "Repair-Café",
    body: "Einmal im Monat.",
  });
  expect(posted.status).toBe(201);
  const ideaId = posted.json.idea.id as string;
  if (coWriting === "authors") {
    for (const other of people.slice(1)) {
      expect((await author.person.call("PUT", `/api/ideas/${ideaId}/coauthors/${other.id}`)).status).toBe(
        204,
      );
    }
  }
  return { boardId: board.id, ideaId, people };
}

/** Every writer inserts its own tokens at random places, interleaved on the wire. */
async function typeTogether(writers: Client[], rounds: number): Promise<string[]> {
  const tokens: string[] = [];
  writers.forEach((w, i) => {
    w.doc.getText("title").insert(text(w, "title").length, ` W${i}`);
  });
  for (let r = 0; r < rounds; r++) {
    writers.forEach((w, i) => {
      const token = `[${i}.${r}]`;
      tokens.push(token);
      const body = w.doc.getText("body");
      // Between tokens, never inside one, so each stays readable whole.
      const now = body.toString();
      const gaps = [0, now.length, ...[...now].flatMap((ch, at) => (ch === "]" ? [at + 1] : []))];
      body.insert(gaps[Math.floor(Math.random() * gaps.length)] as number, token);
    });
    await sleep(Math.random() * 10);
  }
  return tokens;
}

describe("co-writing an idea", () => {
  it.each([
    { writers: 2, coWriting: "authors" as const },
    { writers: 10, coWriting: "residents" as const },
  ])(
    "$writers writers ($coWriting) end with one text, in SQL and the board too, across a restart",
    async ({ writers, coWriting }) => {
      const dataDir = tempDataDir();
      dirs.push(dataDir);
      const server = await start(dataDir);
      const { boardId, ideaId, people } = await sharedIdea(server, writers, coWriting);
      const name = docName("idea", ideaId);
      const editors = people.map((p) => clients.provider(server.url, name, { cookie: p.person.cookie }));
      const board = clients.provider(server.url, docName("board", boardId));
      await Promise.all([...editors, board].map(synced));

      const tokens = await typeTogether(editors, 15);
      const first = editors[0] as Client;
      await waitFor(
        () =>
          editors.every(
            (e) => text(e, "body") === text(first, "body") && text(e, "title") === text(first, "title"),
          ),
        "every copy converged",
      );
      const title = text(first, "title");
      const body = text(first, "body");
      for (const token of tokens) expect(body.split(token)).toHaveLength(2); // each exactly once
      for (let i = 0; i < writers; i++) expect(title).toContain(` W${i}`);
      for (const e of editors) expect(e.closes).toEqual([]);

      // Copied into SQL and the board shortly after the typing stops.
      await waitFor(() => ideaRow(server, ideaId).body === body, "body in SQL");
      expect(ideaRow(server, ideaId).title).toBe(title);
      await waitFor(
        () => board.ideas()[ideaId]?.title === title && board.ideas()[ideaId]?.excerpt === excerptOf(body),
        "title and excerpt in the board",
      );

      clients.closeAll();
      await stop(server);
      const again = await start(dataDir);
      const fresh = clients.provider(again.url, name);
      await synced(fresh);
      expect(text(fresh, "title")).toBe(title);
      expect(text(fresh, "body")).toBe(body);
      expect(ideaRow(again, ideaId)).toEqual({ title, body });
      const answer = await fetch(`${again.url}/api/ideas/${ideaId}`);
      expect((await answer.json()).idea).toMatchObject({ title, body });
    },
  );

  it("keeps the last valid title in SQL and the board while the co-written one is too short", async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const server = await start(dataDir);
    const { boardId, ideaId, people } = await sharedIdea(server, 1, "authors");
    const author = clients.provider(server.url, docName("idea", ideaId), {
      cookie: people[0]?.person.cookie,
    });
    const board = clients.provider(server.url, docName("board", boardId));
    await Promise.all([author, board].map(synced));

    const title = author.doc.getText("title");
    author.doc.transact(() => {
      title.delete(2, title.length - 2);
      author.doc.getText("body").insert(0, "Neu: ");
    });
    await waitFor(() => ideaRow(server, ideaId).body === "Neu: Einmal im Monat.", "body copied");
    expect(ideaRow(server, ideaId).title).toBe("Repair-Café");
    await waitFor(() => board.ideas()[ideaId]?.excerpt === "Neu: Einmal im Monat.", "excerpt in the board");
    expect(board.ideas()[ideaId]?.title).toBe("Repair-Café");

    title.insert(2, "parier-Treff");
    await waitFor(() => board.ideas()[ideaId]?.title === "Reparier-Treff", "a valid title again");
    expect(ideaRow(server, ideaId).title).toBe("Reparier-Treff");
  });
});
