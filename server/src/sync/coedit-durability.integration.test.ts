import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { boards } from "@quer/db";
import { docName, IDEA_BODY_MAX } from "@quer/shared";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open.ts";
import { ensureWelcomeBoard } from "../first-run.ts";
import { ABNORMAL_CLOSURE, exited, freePort, gone, startChild } from "../testing/child-server.ts";
import { tempDataDir } from "../testing/harness.ts";
import { type Client, Clients, residents, waitFor } from "../testing/sync-clients.ts";

const clients = new Clients();
const children: ChildProcess[] = [];
const timers: NodeJS.Timeout[] = [];
const dataDir = tempDataDir();

afterAll(() => {
  for (const timer of timers) clearInterval(timer);
  clients.closeAll();
  for (const child of children) if (!gone(child)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const WRITERS = 6;
/** Updates the watcher must have seen before the kill: several compactions' worth. */
const KILL_AFTER = 2000;
const tokensIn = (text: string) => text.match(/\[\d+\.\d+\]/g) ?? [];

function rowsOf(name: string): { updates: number; snapshots: number } {
  const { sqlite } = openDatabase(dataDir);
  try {
    const count = (table: string) =>
      (sqlite.prepare(`select count(*) as n from ${table} where name = ?`).get(name) as { n: number }).n;
    return { updates: count("doc_updates"), snapshots: count("doc_snapshots") };
  } finally {
    sqlite.close();
  }
}

describe("co-editing through a SIGKILL", () => {
  it("keeps every edit a reader was sent, once, and loads from a snapshot", async () => {
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const seed = openDatabase(dataDir);
    ensureWelcomeBoard(seed.db);
    const boardId = seed.db.select({ id: boards.id }).from(boards).get()?.id as string;
    const people = residents(seed.db, { url }, WRITERS);
    seed.sqlite.close();

    let child = await startChild(url, port, dataDir);
    children.push(child);
    const [author, ...others] = people;
    if (!author) throw new Error("no residents");
    const posted = await author.person.call("POST", `/api/boards/${boardId}/ideas`, {
      title: "Nachbarschaftsfest",
    });
    expect(posted.status).toBe(201);
    const ideaId = posted.json.idea.id as string;
    for (const other of others) {
      expect((await author.person.call("PUT", `/api/ideas/${ideaId}/coauthors/${other.id}`)).status).toBe(
        204,
      );
    }
    const name = docName("idea", ideaId);
    const writers = people.map((p) => clients.provider(url, name, { cookie: p.person.cookie }));
    const watcher = clients.provider(url, name);
    await waitFor(() => [...writers, watcher].every((c) => c.provider.synced), "everyone synced");

    // Whatever the watcher was sent had been stored first: all of it must survive.
    let seenAtCrash: string | undefined;
    watcher.provider.on("connection-close", () => {
      seenAtCrash ??= watcher.doc.getText("body").toString();
    });
    // Small appends from every writer at once, each a separate update on the wire.
    writers.forEach((w: Client, i) => {
      let n = 0;
      const body = w.doc.getText("body");
      timers.push(setInterval(() => body.insert(body.length, `[${i}.${n++}]`), 10));
    });
    await waitFor(
      () => tokensIn(watcher.doc.getText("body").toString()).length >= KILL_AFTER,
      "edits",
      30_000,
    );
    child.kill("SIGKILL");
    for (const timer of timers) clearInterval(timer);
    for (const w of writers) w.provider.destroy(); // their devices are gone: only the server's copy counts
    await exited(child);
    const typed = new Set(writers.flatMap((w) => tokensIn(w.doc.getText("body").toString())));

    // The log was folded into a snapshot as it grew; loading reads that and a short tail.
    // The fold starts once the group that reached the threshold (500) is durable, so groups
    // stored while that one waited for its sync can still be in the log when the kill lands:
    // bounded by the threshold plus one sync's worth, never the thousands written.
    const stored = rowsOf(name);
    expect(stored.snapshots).toBe(1);
    expect(stored.updates).toBeLessThan(2 * 500);

    child = await startChild(url, port, dataDir);
    children.push(child);
    const fresh = clients.provider(url, name);
    await waitFor(() => fresh.provider.synced, "fresh copy after restart");
    const kept = fresh.doc.getText("body").toString();
    const keptTokens = tokensIn(kept);
    expect(new Set(keptTokens).size).toBe(keptTokens.length); // nothing doubled
    for (const token of keptTokens) expect(typed.has(token)).toBe(true);
    const seen = tokensIn(seenAtCrash as string);
    expect(seen.length).toBeGreaterThanOrEqual(KILL_AFTER);
    const keptSet = new Set(keptTokens);
    expect(seen.filter((t) => !keptSet.has(t))).toEqual([]);

    // The watcher reconnects with nothing the server lacks, and SQL catches up on load.
    await waitFor(
      () => watcher.provider.synced && watcher.doc.getText("body").toString() === kept,
      "watcher back",
    );
    expect(watcher.closes.filter((c) => c !== ABNORMAL_CLOSURE)).toEqual([]);
    await waitFor(async () => {
      const res = await fetch(`${url}/api/ideas/${ideaId}`);
      return (await res.json()).idea?.body === kept.trim().slice(0, IDEA_BODY_MAX);
    }, "SQL body caught up with the document");

    child.kill("SIGTERM");
    await exited(child);
  });
});
