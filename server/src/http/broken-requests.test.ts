import { afterEach, describe, expect, it } from "vitest";
import { logLines, Person, seedBoard, testServer } from "../testing/harness.ts";
import { RawConnection } from "../testing/raw-socket.ts";
import { waitFor } from "../testing/sync-clients.ts";

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

/** The server's log lines at `warn` and above, the level a journal keeps. */
let logs: Record<string, unknown>[] = [];
async function setup(overrides: Parameters<typeof testServer>[0] = {}) {
  const log = logLines();
  logs = log.lines;
  const server = await testServer({ logLevel: "warn", ...overrides }, undefined, {
    logDestination: log.destination,
  });
  cleanups.push(() => server.dispose());
  // The first start's notice is not about a request.
  logs.splice(0);
  const anna = Person.over(server);
  await anna.register("Anna");
  const board = seedBoard(server.services);
  const head = (extra = "") =>
    `POST /api/boards/${board.id}/ideas HTTP/1.1\r\nHost: localhost\r\nOrigin: ${server.url}\r\n` +
    `Cookie: ${anna.cookie}\r\nContent-Type: application/json\r\n${extra}\r\n`;
  const stillServing = async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const posted = await anna.call("POST", `/api/boards/${board.id}/ideas`, { title: "Noch da" });
    expect(posted.status).toBe(201);
  };
  return { server, head, stillServing };
}

/** One log line, as a person reads it in the journal: what broke, with no stack. */
function expectOneLine(lines: Record<string, unknown>[]) {
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatchObject({ msg: "request body broke off or is malformed", method: "POST" });
  expect(JSON.stringify(lines[0])).not.toMatch(/\\n|\bat .*:\d+:\d+/);
}

describe("broken request bodies", () => {
  it("answers a malformed chunk size with 400 invalid, logs one line and keeps serving", async () => {
    const { server, head, stillServing } = await setup();
    const conn = await RawConnection.open(server.port);
    conn.send(`${head("Transfer-Encoding: chunked\r\n")}zz\r\n{"title":"x"}\r\n0\r\n\r\n`);
    await conn.closed;
    expect(conn.status).toBe(400);
    expect(JSON.parse(conn.body).error.code).toBe("invalid");
    await waitFor(() => logs.length > 0, "the server to log the broken body");
    expectOneLine(logs);
    await stillServing();
  });

  it("logs one line for a client that aborts a chunked body halfway, and keeps serving", async () => {
    const { server, head, stillServing } = await setup();
    const conn = await RawConnection.open(server.port);
    conn.send(`${head("Transfer-Encoding: chunked\r\n")}10\r\n{"title":"Eine B`);
    // The server has the headers and part of the body when the client goes away.
    await new Promise((resolve) => setTimeout(resolve, 100));
    conn.destroy();
    await waitFor(() => logs.length > 0, "the server to log the aborted body");
    await stillServing();
    expectOneLine(logs);
    expect(
      server.services.sqlite.prepare("select count(*) as n from ideas where title like 'Eine B%'").get(),
    ).toEqual({
      n: 0,
    });
  });

  it("answers a chunked body that is not JSON with 400 invalid", async () => {
    const { server, head } = await setup();
    const conn = await RawConnection.open(server.port);
    conn.send(`${head("Transfer-Encoding: chunked\r\nConnection: close\r\n")}5\r\n{"tit\r\n0\r\n\r\n`);
    await conn.closed;
    expect(conn.status).toBe(400);
    expect(JSON.parse(conn.body).error.code).toBe("invalid");
  });
});

describe("slow requests", () => {
  const timeouts = { headersTimeoutMs: 400, requestTimeoutMs: 800, keepAliveTimeoutMs: 300 };

  it("closes a connection that sends half its headers and then nothing", async () => {
    const { server, stillServing } = await setup(timeouts);
    const conn = await RawConnection.open(server.port);
    conn.send("GET /api/health HTTP/1.1\r\nHost: localhost\r\n");
    await conn.closed;
    expect(conn.status).toBe(408);
    await stillServing();
  });

  it("closes a connection whose body trickles in slower than the request may take", async () => {
    const { server, head, stillServing } = await setup(timeouts);
    const conn = await RawConnection.open(server.port);
    conn.send(head("Content-Length: 2000\r\n"));
    const trickle = setInterval(() => conn.send(" "), 50);
    cleanups.push(() => clearInterval(trickle));
    // Without a request timeout this body would take 100 s to arrive.
    await conn.closed;
    clearInterval(trickle);
    expect(conn.status).toBe(408);
    await stillServing();
  });
});
