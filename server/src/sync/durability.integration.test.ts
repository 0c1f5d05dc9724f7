import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { boards } from "@quer/db";
import { docName } from "@quer/shared";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open.ts";
import { ensureWelcomeBoard } from "../first-run.ts";
import {
  ABNORMAL_CLOSURE,
  exited,
  freePort,
  gone,
  startChild as startServerChild,
} from "../testing/child-server.ts";
import { type Person, tempDataDir } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
const children: ChildProcess[] = [];
const dataDir = tempDataDir();

afterAll(() => {
  clients.closeAll();
  for (const child of children) if (!gone(child)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

async function startChild(url: string, port: number): Promise<ChildProcess> {
  const child = await startServerChild(url, port, dataDir);
  children.push(child);
  return child;
}

interface VoteLog {
  /** State of each (user, idea) pair the last acknowledged request left. */
  acked: Map<string, boolean>;
  /** The request still unanswered when the server died, per pair: it may or may not count. */
  inFlight: Map<string, boolean>;
}

describe("durability", () => {
  it("keeps every acknowledged post, vote and relayed edit, once, through a SIGKILL", async () => {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    // People, sessions and one open board, straight into the data folder the server will use.
    const seed = openDatabase(dataDir);
    ensureWelcomeBoard(seed.db);
    const boardId = seed.db.select({ id: boards.id }).from(boards).get()?.id as string;
    const people = residents(seed.db, { url }, 12);
    seed.sqlite.close();
    const name = docName("board", boardId);

    let child = await startChild(url, port);
    const ideaIds: string[] = [];
    const posted = new Map<string, string>(); // title → id, acknowledged
    const postsInFlight = new Set<string>();
    const votes: VoteLog = { acked: new Map(), inFlight: new Map() };
    for (const title of ["Grillplatz", "Tauschbörse", "Spielstraße"]) {
      const res = await people[0]?.person.call("POST", `/api/boards/${boardId}/ideas`, { title });
      expect(res?.status).toBe(201);
      ideaIds.push(res?.json.idea.id);
      posted.set(title, res?.json.idea.id);
    }
    // A reader stays connected through the crash and keeps its copy.
    const survivor = clients.provider(url, name);
    await waitFor(() => survivor.provider.synced, "survivor synced");

    // The first idea's author types into its text while a reader watches. Whatever the
    // reader was sent had been stored before, so all of it must survive the crash.
    const ideaDoc = docName("idea", ideaIds[0] as string);
    const typist = clients.provider(url, ideaDoc, { cookie: people[0]?.person.cookie });
    const watcher = clients.provider(url, ideaDoc);
    await waitFor(() => typist.provider.synced && watcher.provider.synced, "idea doc synced");
    let seenAtCrash: string | undefined;
    watcher.provider.on("connection-close", () => {
      seenAtCrash ??= watcher.doc.getText("body").toString();
    });
    let typed = 0;
    const typing = setInterval(() => typist.doc.getText("body").insert(typed, String(typed++ % 10)), 15);

    let acknowledged = 0;
    let killed = false;
    const KILL_AFTER = 150;
    const act = async (userId: string, person: Person, step: number): Promise<void> => {
      const key = (idea: string) => `${userId}|${idea}`;
      if (step % 3 === 0) {
        const title = `Idee ${userId.slice(0, 6)} ${step}`;
        postsInFlight.add(title);
        const res = await person.call("POST", `/api/boards/${boardId}/ideas`, { title });
        expect(res.status).toBe(201);
        postsInFlight.delete(title);
        posted.set(title, res.json.idea.id);
        ideaIds.push(res.json.idea.id);
      } else {
        const idea = ideaIds[(step * 7 + userId.charCodeAt(0)) % ideaIds.length] as string;
        const on = !votes.acked.get(key(idea));
        votes.inFlight.set(key(idea), on);
        const res = await person.call(on ? "PUT" : "DELETE", `/api/ideas/${idea}/vote`);
        expect(res.status).toBe(200);
        votes.inFlight.delete(key(idea));
        votes.acked.set(key(idea), on);
      }
      acknowledged += 1;
      if (acknowledged === KILL_AFTER) {
        killed = true;
        clearInterval(typing);
        child.kill("SIGKILL"); // others' requests are on the wire right now
        typist.provider.destroy(); // the author's device is gone too: only the server's copy counts
      }
    };
    await Promise.all(
      people.map(async ({ id, person }) => {
        for (let step = 0; !killed; step++) {
          try {
            await act(id, person, step);
          } catch {
            return; // the answer was lost with the server: stays recorded as in flight
          }
        }
      }),
    );
    await exited(child);
    expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER);

    child = await startChild(url, port);
    const ideasByApi = await waitFor(async () => {
      const res = await fetch(`${url}/api/boards/${boardId}`);
      return res.status === 200
        ? ((await res.json()).ideas as { id: string; title: string; votes: number }[])
        : null;
    }, "board after restart");

    // Every acknowledged post is there exactly once; a post lost in flight at most once.
    const byTitle = new Map<string, { id: string; votes: number }[]>();
    for (const idea of ideasByApi) byTitle.set(idea.title, [...(byTitle.get(idea.title) ?? []), idea]);
    for (const [title, id] of posted) expect(byTitle.get(title)?.map((i) => i.id)).toEqual([id]);
    for (const [title, found] of byTitle) {
      if (!posted.has(title)) {
        expect(postsInFlight.has(title)).toBe(true);
        expect(found).toHaveLength(1);
      }
    }
    expect(ideasByApi.length).toBeLessThanOrEqual(posted.size + postsInFlight.size);

    // Fresh and surviving clients both see the same ideas and tallies as the API.
    const fresh = clients.provider(url, name);
    await waitFor(() => fresh.provider.synced, "fresh provider synced");
    const expectedDoc = (client: Client) =>
      ideasByApi.every((i) => client.ideas()[i.id]?.votes === i.votes) &&
      Object.keys(client.ideas()).length === ideasByApi.length;
    await waitFor(() => expectedDoc(fresh), "fresh copy matches the API");
    await waitFor(() => survivor.provider.synced && expectedDoc(survivor), "surviving copy matches the API");
    // One more live change: it reaches the surviving copy only if its reconnect (which sent
    // its whole copy back) was accepted rather than closed as a forbidden write.
    const late = people[1] as { id: string; person: Person };
    const target = ideasByApi.find(
      (i) => !votes.acked.get(`${late.id}|${i.id}`) && !votes.inFlight.has(`${late.id}|${i.id}`),
    );
    if (!target) throw new Error("no idea left to vote on");
    expect((await late.person.call("PUT", `/api/ideas/${target.id}/vote`)).status).toBe(200);
    votes.acked.set(`${late.id}|${target.id}`, true);
    target.votes += 1;
    await waitFor(() => expectedDoc(fresh) && expectedDoc(survivor), "the new vote on both copies");
    // Only the crash itself (1006) and failed reconnects while the server was down.
    expect(survivor.closes.filter((c) => c !== ABNORMAL_CLOSURE)).toEqual([]);
    expect(survivor.provider.wsconnected).toBe(true);

    const typedText = typist.doc.getText("body").toString();
    expect(seenAtCrash?.length).toBeGreaterThan(3);
    const reread = clients.provider(url, ideaDoc);
    await waitFor(() => reread.provider.synced, "idea doc after restart");
    const kept = reread.doc.getText("body").toString();
    expect(kept.startsWith(seenAtCrash as string), `${kept} keeps ${seenAtCrash}`).toBe(true);
    expect(typedText.startsWith(kept)).toBe(true);
    await waitFor(() => watcher.provider.synced, "watcher back");
    expect(watcher.closes.filter((c) => c !== ABNORMAL_CLOSURE)).toEqual([]);

    child.kill("SIGTERM");
    await exited(child);
    const db = openDatabase(dataDir);
    try {
      const rows = db.sqlite.prepare("select idea_id, user_id from votes").all() as {
        idea_id: string;
        user_id: string;
      }[];
      const present = new Set(rows.map((r) => `${r.user_id}|${r.idea_id}`));
      for (const [key, on] of votes.acked) {
        if (!votes.inFlight.has(key)) expect(present.has(key), key).toBe(on);
      }
      for (const key of present) expect(votes.acked.get(key) || votes.inFlight.get(key), key).toBe(true);
      for (const idea of ideasByApi) {
        const inSql = rows.filter((r) => r.idea_id === idea.id).length;
        expect(idea.votes, idea.title).toBe(inSql);
      }
      const ideasInSql = db.sqlite.prepare("select count(*) as n from ideas where board_id = ?").get(boardId);
      expect(ideasInSql).toEqual({ n: ideasByApi.length });
    } finally {
      db.sqlite.close();
    }
  });
});
