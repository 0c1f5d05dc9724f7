import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { createBoard } from "../boards/service.ts";
import { openDatabase } from "../db/open.ts";
import { tempDataDir } from "../testing/harness.ts";
import { waitFor } from "../testing/sync-clients.ts";
import { type AccessChanges, AccessWatch } from "./access-changes.ts";

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanup.splice(0)) fn();
});

function watched() {
  const dir = tempDataDir();
  const { sqlite, db } = openDatabase(dir);
  const seen: AccessChanges[] = [];
  let fail = false;
  const watch = new AccessWatch(sqlite, (changes) => {
    seen.push(changes);
    if (fail) throw new Error("the database went away");
  });
  cleanup.push(() => {
    watch.stop();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { dir, sqlite, db, seen, settle, failing: () => (fail = true) };
}

const summary = (c: AccessChanges) => ({
  boards: [...c.boards],
  ideas: [...c.ideas],
  projects: [...c.projects],
  users: [...c.users],
  sessions: [...c.sessions],
  everything: c.everything,
});

describe("AccessWatch", () => {
  it("reports a change of a right once the writing code returns, and nothing for other columns", async () => {
    const { sqlite, db, seen, settle } = watched();
    const board = createBoard(db, { title: "Viertel" }, null);
    sqlite
      .prepare("insert into users (id, name, role, created_at) values ('u1', 'Anna', 'resident', 0)")
      .run();
    await settle();
    expect(seen).toEqual([]); // new rows take no right away

    // The busy paths write none of the watched columns.
    sqlite.prepare("update boards set title = 'Neu', phase = 'vote' where id = ?").run(board.id);
    sqlite.prepare("update users set name = 'Anna B.' where id = 'u1'").run();
    sqlite.prepare("update boards set visibility = visibility where id = ?").run(board.id);
    await settle();
    expect(seen).toEqual([]);

    sqlite.transaction(() => {
      sqlite.prepare("update boards set visibility = 'private' where id = ?").run(board.id);
      sqlite.prepare("update users set blocked_at = 1 where id = 'u1'").run();
      // Nothing is applied inside the transaction, where the change is not yet committed.
      expect(seen).toEqual([]);
    })();
    await Promise.resolve();
    expect(seen.map(summary)).toEqual([
      { boards: [board.id], ideas: [], projects: [], users: ["u1"], sessions: [], everything: false },
    ]);
  });

  it("reports sessions that a deleted person's foreign keys take with them", async () => {
    const { sqlite, seen, settle } = watched();
    sqlite
      .prepare("insert into users (id, name, role, created_at) values ('u1', 'Anna', 'resident', 0)")
      .run();
    sqlite
      .prepare(
        "insert into sessions (id, secret_hash, user_id, created_at, last_seen_at) values (?, ?, 'u1', 0, 0)",
      )
      .run("s1", Buffer.alloc(32));
    await settle();
    sqlite.prepare("delete from users where id = 'u1'").run();
    await settle();
    expect(seen.map(summary)).toEqual([
      { boards: [], ideas: [], projects: [], users: ["u1"], sessions: ["s1"], everything: false },
    ]);
  });

  it("notices another connection's change within a second, and survives an apply that throws", async () => {
    const { dir, sqlite, seen, settle, failing } = watched();
    sqlite
      .prepare("insert into users (id, name, role, created_at) values ('u1', 'Anna', 'resident', 0)")
      .run();
    await settle();
    // The CLI writes through a connection of its own, where no trigger is installed.
    const other = openDatabase(dir);
    other.sqlite.prepare("update users set role = 'manager' where id = 'u1'").run();
    other.sqlite.close();
    await waitFor(() => seen.some((c) => c.everything), "a re-check of everything");

    // A re-check that fails must not end the process from its microtask or timer.
    failing();
    sqlite.prepare("update users set role = 'resident' where id = 'u1'").run();
    await settle();
    expect(seen.at(-1)?.users.has("u1")).toBe(true);
  });
});
