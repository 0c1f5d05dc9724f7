import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import * as Y from "yjs";
import { syncStep1 } from "../sync/messages.ts";
import { seedBoard, testApp, testServer } from "../testing/harness.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

/** A commit whose sync is left for later, as a group of votes makes it. */
function commitWithoutSync(services: ReturnType<typeof testApp>["services"]): void {
  const { sqlite, wal } = services;
  wal.commitLazily(() =>
    sqlite.transaction(() => sqlite.exec("create table if not exists probe (n)")).immediate(),
  );
  expect(wal.pending).toBe(true);
}

describe("answers show only what is on disk", () => {
  it("a read waits for the sync of commits made before it answers", async () => {
    const current = testApp();
    cleanups.push(() => current.dispose());
    seedBoard(current.services);
    commitWithoutSync(current.services);
    const res = await current.app.request("/api/boards");
    expect(res.status).toBe(200);
    expect(current.services.wal.pending).toBe(false);
  });

  it("a document's first sync is answered only once what it holds is on disk", async () => {
    const server = await testServer();
    cleanups.push(() => server.dispose());
    const board = seedBoard(server.services);
    const socket = new WebSocket(`${server.url.replace("http", "ws")}/sync/board:${board.id}`, {
      headers: { origin: server.url },
    });
    cleanups.push(() => socket.terminate());
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", reject);
    });
    const pendingAtAnswer = new Promise<boolean>((resolve) => {
      socket.on("message", (data: Buffer) => {
        // [sync = 0, step 2 = 1, …]: the answer to this client's step 1.
        if (data[0] === 0 && data[1] === 1) resolve(server.services.wal.pending);
      });
    });
    commitWithoutSync(server.services);
    socket.send(syncStep1(new Y.Doc()));
    expect(await pendingAtAnswer).toBe(false);
  });
});
