import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { loadConfig } from "../config.ts";
import { logLines, Person, seedBoard, signedInManager, testServer } from "../testing/harness.ts";
import { residents, waitFor } from "../testing/sync-clients.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
});

async function serverLogging(level: "info" | "warn" = "info") {
  const log = logLines();
  const server = await testServer({ logLevel: level }, undefined, { logDestination: log.destination });
  cleanups.push(() => server.dispose());
  return { server, lines: log.lines };
}

const requestLines = (lines: Record<string, unknown>[]) => lines.filter((l) => l.msg === "request");

describe("request log", () => {
  it("writes method, route pattern, status and time, and no address, id or query", async () => {
    const { server, lines } = await serverLogging();
    const board = seedBoard(server.services);
    const res = await fetch(`${server.url}/api/boards/${board.id}?first=5`, {
      headers: { "x-forwarded-for": "203.0.113.9" },
    });
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const line = await waitFor(
      () => requestLines(lines).find((l) => l.route === "/api/boards/:id"),
      "request line",
    );
    expect(line).toMatchObject({ level: 30, method: "GET", route: "/api/boards/:id", status: 200 });
    expect(typeof line.ms).toBe("number");
    const text = JSON.stringify(lines);
    expect(text).not.toContain(board.id);
    expect(text).not.toContain("first=5");
    expect(text).not.toContain("203.0.113.9");
    expect(text).not.toContain("127.0.0.1");
    expect(Object.keys(line).sort()).toEqual(["level", "method", "ms", "msg", "route", "status", "time"]);
  });

  it("names a command and its outcome, and an unknown path `unmatched`", async () => {
    const { server, lines } = await serverLogging();
    const person = Person.over(server);
    const refused = await person.call("PUT", "/api/ideas/nope/vote", {});
    expect(refused.status).toBeGreaterThanOrEqual(400);
    await person.call("GET", "/api/no/such/route");
    const command = await waitFor(() => requestLines(lines).find((l) => l.method === "PUT"), "command line");
    expect(command).toMatchObject({
      route: "/api/ideas/:id/vote",
      status: refused.status,
      command: "PUT /api/ideas/:id/vote",
      outcome: refused.json.error.code,
    });
    const unknown = await waitFor(
      () => requestLines(lines).find((l) => l.method === "GET" && l.status === 404),
      "404 line",
    );
    expect(unknown.route).toBe("unmatched");
  });

  it("writes no request lines at QUER_LOG=warn", async () => {
    const { server, lines } = await serverLogging("warn");
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
    expect(requestLines(lines)).toEqual([]);
  });

  it("refuses an unknown QUER_LOG at start", () => {
    expect(() => loadConfig({ QUER_LOG: "loud" })).toThrow(/QUER_LOG must be one of trace, debug, info/);
    expect(loadConfig({}).logLevel).toBe("info");
    expect(loadConfig({ QUER_LOG: "warn" }).logLevel).toBe("warn");
  });
});

describe("sync log", () => {
  it("writes a socket's opening and closing with the document's kind and the close code", async () => {
    const { server, lines } = await serverLogging();
    const board = seedBoard(server.services);
    const ws = new WebSocket(`${server.url.replace(/^http/, "ws")}/sync/board:${board.id}`, {
      headers: { origin: server.url },
    });
    await new Promise((resolve, reject) => {
      ws.once("open", resolve);
      ws.once("error", reject);
    });
    const open = await waitFor(() => lines.find((l) => l.msg === "sync open"), "open line");
    expect(open).toMatchObject({ kind: "board" });
    expect(
      (await server.services.metrics.registry.getSingleMetricAsString("quer_sync_sockets")).trim(),
    ).toMatch(/quer_sync_sockets\{kind="board"\} 1$/m);
    ws.close(1000);
    const close = await waitFor(() => lines.find((l) => l.msg === "sync close"), "close line");
    expect(close).toMatchObject({ kind: "board", code: 1000, name: "normal" });
    expect(JSON.stringify(lines)).not.toContain(board.id);
  });
});

describe("GET /metrics", () => {
  it("serves Prometheus text to a loopback client, and the counters move", async () => {
    const { server } = await serverLogging("warn");
    const before = await fetch(`${server.url}/metrics`);
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toContain("text/plain");
    const text = await before.text();
    for (const name of [
      "quer_docs_loaded",
      "quer_doc_update_rows",
      "quer_db_bytes",
      "quer_db_wal_bytes",
      "quer_db_commit_seconds",
      "quer_db_wal_sync_seconds",
      "nodejs_eventloop_lag_seconds",
      "process_resident_memory_bytes",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const after = await (await fetch(`${server.url}/metrics`)).text();
    expect(after).toMatch(/^quer_http_requests_total\{method="GET",route="\/api\/health",status="200"\} 1$/m);
    expect(after).toMatch(
      /^quer_http_request_duration_seconds_count\{method="GET",route="\/api\/health"\} 1$/m,
    );
  });

  it("counts commands by outcome", async () => {
    const { server } = await serverLogging("warn");
    await Person.over(server).call("PUT", "/api/ideas/nope/vote", {});
    const text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(
      /^quer_commands_total\{command="PUT \/api\/ideas\/:id\/vote",outcome="[a-z_]+"\} 1$/m,
    );
  });

  it("is not found for a forwarded request of anyone but a manager", async () => {
    const { server } = await serverLogging("warn");
    for (const header of ["x-forwarded-for", "forwarded", "x-real-ip"]) {
      const res = await fetch(`${server.url}/metrics`, { headers: { [header]: "203.0.113.9" } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain("quer_");
    }
    const [resident] = residents(server.services.db, server, 1);
    const asResident = await fetch(`${server.url}/metrics`, {
      headers: { "x-forwarded-for": "203.0.113.9", cookie: resident?.person.cookie ?? "" },
    });
    expect(asResident.status).toBe(404);
    const manager = await signedInManager(server.services, Person.over(server));
    const asManager = await fetch(`${server.url}/metrics`, {
      headers: { "x-forwarded-for": "203.0.113.9", cookie: manager.cookie },
    });
    expect(asManager.status).toBe(200);
    expect(await asManager.text()).toContain("quer_http_requests_total");
  });
});
