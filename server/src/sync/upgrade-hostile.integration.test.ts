import type { ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { boards } from "@quer/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/open.ts";
import { ensureWelcomeBoard } from "../first-run.ts";
import { freePort, gone, startChild } from "../testing/child-server.ts";
import { tempDataDir } from "../testing/harness.ts";
import { RawConnection } from "../testing/raw-socket.ts";

/**
 * The server runs as a child process: an exception thrown out of the upgrade listener
 * ends the process, which a test in the same process could not survive to report.
 */
const dataDir = tempDataDir();
let child: ChildProcess;
let port: number;
let url: string;
let boardId: string;

beforeAll(async () => {
  port = await freePort();
  url = `http://localhost:${port}`;
  const seed = openDatabase(dataDir);
  ensureWelcomeBoard(seed.db);
  boardId = seed.db.select({ id: boards.id }).from(boards).get()?.id as string;
  seed.sqlite.close();
  child = await startChild(url, port, dataDir);
});

afterAll(() => {
  if (child && !gone(child)) child.kill("SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

const KEY = "dGhlIHNhbXBsZSBub25jZQ==";

/** Sends raw bytes, returns the status of the answer ("" when the server only closed). */
async function raw(request: string, opts: { abortAfterSend?: boolean } = {}): Promise<string> {
  const conn = await RawConnection.open(port);
  conn.send(request);
  if (opts.abortAfterSend) {
    conn.socket.resetAndDestroy();
    return "";
  }
  const answered = new Promise<void>((resolve) =>
    conn.socket.on("data", () => {
      if (conn.status !== null) resolve();
    }),
  );
  await Promise.race([conn.closed, answered]);
  conn.destroy();
  return String(conn.status ?? "");
}

function upgrade(path: string, headers: Record<string, string> = {}): string {
  const all = {
    Host: `localhost:${port}`,
    Connection: "Upgrade",
    Upgrade: "websocket",
    "Sec-WebSocket-Version": "13",
    "Sec-WebSocket-Key": KEY,
    Origin: url,
    ...headers,
  };
  const lines = Object.entries(all).map(([k, v]) => `${k}: ${v}`);
  return `GET ${path} HTTP/1.1\r\n${lines.join("\r\n")}\r\n\r\n`;
}

async function stillServing(): Promise<void> {
  expect(gone(child)).toBe(false);
  const res = await fetch(`${url}/api/health`);
  expect(res.status).toBe(200);
}

describe("a hostile upgrade", () => {
  it("with a cookie that is not valid percent-encoding is answered, and the server stays up", async () => {
    for (const cookie of [
      "quer_session=%",
      "quer_session=%E0%A4%A",
      "quer_session=%ZZ.%%; other=%",
      "quer_session=%; quer_session=abc.def",
      `quer_session=${"%".repeat(8_000)}`,
      "=%; ;;; quer_session",
    ]) {
      // An anonymous reader of a public board: a socket, as for no cookie at all.
      expect(await raw(upgrade(`/sync/board:${boardId}`, { Cookie: cookie }))).toBe("101");
      await stillServing();
    }
  });

  it("with malformed paths, names and headers is refused with a 4xx", async () => {
    const cases: [string, Record<string, string>][] = [
      ["//", {}],
      ["//evil.example/sync/x", {}],
      ["/sync/%", {}],
      ["/sync/%E0%A4%A", {}],
      ["/sync/board:%00", {}],
      [`/sync/${"a".repeat(6_000)}`, {}],
      ["/sync/board:x/y", {}],
      ["/sync/idea:..%2F..%2Fetc", {}],
      [`/sync/board:${boardId}`, { Origin: "null" }],
      [`/sync/board:${boardId}`, { "Sec-WebSocket-Key": "" }],
      [`/sync/board:${boardId}`, { "Sec-WebSocket-Version": "99" }],
      [
        `/sync/board:${boardId}`,
        { "Sec-WebSocket-Extensions": "permessage-deflate; server_max_window_bits=99" },
      ],
      [`/sync/board:${boardId}`, { "Sec-WebSocket-Protocol": "a,,b, ,\u00ff" }],
      ["/api/health", {}],
    ];
    for (const [path, headers] of cases) {
      const status = await raw(upgrade(path, headers));
      expect({ path, headers, status }).toEqual({
        path,
        headers,
        status: expect.stringMatching(/^4\d\d$|^$/),
      });
      await stillServing();
    }
  });

  it("that the client abandons half-way leaves the server serving", async () => {
    for (let i = 0; i < 20; i++) {
      await raw(upgrade(`/sync/board:${boardId}`, { Cookie: "quer_session=%" }), { abortAfterSend: true });
      await raw(`GET /sync/board:${boardId} HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n`, {
        abortAfterSend: true,
      });
    }
    await stillServing();
  });
});
