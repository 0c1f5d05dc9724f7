import { docName } from "@quer/shared";
import { afterEach, describe, expect, it } from "vitest";
import { seedBoard, testApp } from "./testing/harness.ts";

let current: ReturnType<typeof testApp> | undefined;
afterEach(() => current?.dispose());

function setup() {
  current = testApp();
  const { services } = current;
  const board = seedBoard(services);
  services.sqlite.exec("create table if not exists probe (n integer primary key)");
  return { services, board };
}

describe("Commands.runBatched (group commit)", () => {
  it("commits commands of one turn together and resolves only after the commit", async () => {
    const { services } = setup();
    const { commands, sqlite } = services;
    const resolvedAt: number[] = [];
    const before = sqlite.prepare("select count(*) as n from probe").get() as { n: number };
    const results = await Promise.all(
      [1, 2, 3].map((n) =>
        commands
          .runBatched((cx) => {
            cx.afterCommit(() => resolvedAt.push(performance.now()));
            sqlite.prepare("insert into probe (n) values (?)").run(n);
            return n * 10;
          })
          .then((v) => {
            // When the promise resolves, the row is durable and visible to everyone.
            expect(sqlite.inTransaction).toBe(false);
            return v;
          }),
      ),
    );
    expect(results).toEqual([10, 20, 30]);
    expect(before.n).toBe(0);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 3 });
    expect(resolvedAt).toHaveLength(3);
  });

  it("runs nothing before the turn ends and acknowledges nothing when the commit fails", async () => {
    const { services } = setup();
    const { commands, sqlite } = services;
    let ran = 0;
    // A deferred foreign key is only checked at commit: this makes the commit itself fail.
    sqlite.pragma("defer_foreign_keys = ON");
    const good = commands.runBatched(() => {
      ran += 1;
      sqlite.prepare("insert into probe (n) values (1)").run();
    });
    const breaking = commands.runBatched(() => {
      ran += 1;
      sqlite
        .prepare("insert into votes (idea_id, user_id, dots, created_at) values ('nope', 'nobody', 1, 0)")
        .run();
    });
    expect(ran).toBe(0);
    await expect(good).rejects.toThrow();
    await expect(breaking).rejects.toThrow();
    expect(ran).toBe(2);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 0 });
  });

  it("a failing command rejects alone; the others of its group commit", async () => {
    const { services } = setup();
    const { commands, sqlite } = services;
    const outcomes = await Promise.allSettled([
      commands.runBatched(() => sqlite.prepare("insert into probe (n) values (1)").run()),
      commands.runBatched(() => {
        sqlite.prepare("insert into probe (n) values (2)").run();
        throw new Error("refused");
      }),
      commands.runBatched(() => sqlite.prepare("insert into probe (n) values (3)").run()),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(sqlite.prepare("select n from probe order by n").all()).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it("relays server-written documents after the commit, and retries alone when a failed command wrote one", async () => {
    const { services, board } = setup();
    const { commands, registry, sqlite } = services;
    const name = docName("board", board.id);
    const live = registry.get(name);
    if (!live) throw new Error("board document missing");
    let closed = 0;
    live.peers.add({
      send: () => {},
      close: () => {
        closed += 1;
      },
    });
    const write = (title: string) => (doc: import("yjs").Doc) => doc.getMap("meta").set("title", title);
    const outcomes = await Promise.allSettled([
      commands.runBatched((cx) => cx.writeDoc(name, write("Eins"))),
      commands.runBatched((cx) => {
        cx.writeDoc(name, write("Verworfen"));
        throw new Error("refused after writing");
      }),
      commands.runBatched((cx) => {
        expect(sqlite.inTransaction).toBe(true);
        cx.writeDoc(name, write("Drei"));
      }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    // The group was given up (the failed write was in memory): its peers reload.
    expect(closed).toBe(1);
    const reloaded = registry.get(name);
    expect(reloaded?.doc.getMap("meta").get("title")).toBe("Drei");
  });

  it("relays and answers a group only once its commit is on disk; later commands form the next group", async () => {
    const { services, board } = setup();
    const { commands, registry, sqlite, wal } = services;
    const name = docName("board", board.id);
    const live = registry.get(name);
    if (!live) throw new Error("board document missing");
    const relayed: boolean[] = [];
    // At each relay: was everything committed so far already synced?
    live.peers.add({ send: () => relayed.push(wal.pending), close: () => {} });
    const syncsBefore = wal.syncs;
    const first = commands.runBatched((cx) => {
      sqlite.prepare("insert into probe (n) values (1)").run();
      cx.writeDoc(name, (doc) => doc.getMap("meta").set("title", "Eins"));
    });
    await new Promise((r) => setImmediate(r));
    // Committed, its sync under way: the next command waits for a group of its own.
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 1 });
    const second = commands.runBatched((cx) => {
      sqlite.prepare("insert into probe (n) values (2)").run();
      cx.writeDoc(name, (doc) => doc.getMap("meta").set("title", "Zwei"));
    });
    await first;
    expect(wal.syncs).toBeGreaterThan(syncsBefore);
    await second;
    expect(relayed).toEqual([false, false]);
    expect(wal.pending).toBe(false);
    expect(sqlite.prepare("select count(*) as n from probe").get()).toEqual({ n: 2 });
  });
});
