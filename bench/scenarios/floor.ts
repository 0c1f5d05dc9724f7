import { cpSync, rmSync } from "node:fs";
import { Agent, request } from "node:http";
import { LADDER } from "../floor/ladder-steps.ts";
import { startYardstick } from "../floor/start.ts";
import { type Child, newDataDir, startQuer } from "../lib/child.ts";
import { cpuSeconds } from "../lib/proc.ts";
import type { Budget, Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { round, sleep } from "../lib/stats.ts";

/**
 * The request path near its floor: µs of server CPU per request for yardsticks (a bare
 * `node:http` handler, a bare Hono app on `@hono/node-server`, a bare Hono vote route on
 * Quer's database and group commit), for that route with Quer's middlewares added one at a
 * time, and for Quer itself — each in its own process, read from /proc around a fixed
 * number of requests after a warm-up, less what the process spends when idle. Requests
 * carry what a browser sends (Origin, Accept-Encoding, the session cookie).
 */

interface Load {
  method: "GET" | "PUT";
  /** The path of the i-th request. */
  path: (i: number) => string;
  /** The Cookie header of the i-th request, "" for none. */
  cookie: (i: number) => string;
}

function send(agent: Agent, url: string, load: Load, i: number): Promise<number> {
  const headers: Record<string, string> = {
    origin: url,
    accept: "application/json",
    "accept-encoding": "gzip, deflate, br",
    "content-length": "0",
  };
  const cookie = load.cookie(i);
  if (cookie) headers.cookie = cookie;
  return new Promise((resolve, reject) => {
    const req = request(`${url}${load.path(i)}`, { method: load.method, headers, agent }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** Sends requests `from`…`from + count - 1`, `inFlight` at a time; how many were not 200. */
async function drive(server: Child, load: Load, from: number, count: number, inFlight: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  let next = from;
  let failed = 0;
  const end = from + count;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < end) {
        const status = await send(agent, server.url, load, next++).catch(() => 0);
        if (status !== 200) failed += 1;
      }
    }),
  );
  agent.destroy();
  return failed;
}

/** CPU seconds per wall second the process spends with nothing to answer (its timers). */
async function idleRate(server: Child): Promise<number> {
  await sleep(500);
  const cpu0 = cpuSeconds(server.pid);
  const t0 = performance.now();
  await sleep(2000);
  return (cpuSeconds(server.pid) - cpu0) / ((performance.now() - t0) / 1000);
}

/** A process under measurement: what it spends idle is taken off every window. */
class Measured {
  private idle = 0;
  failed = 0;

  constructor(readonly server: Child) {}

  /** Warms the code and the sockets with requests `from`…, then learns the idle rate. */
  async warm(load: Load, from: number, count: number): Promise<void> {
    await drive(this.server, load, from, count, 16);
    this.idle = await idleRate(this.server);
  }

  /**
   * Server CPU per answered request, in µs, net of idle: the median of five windows, so a
   * burst of other work on the host moves one window, not the figure.
   */
  async us(load: Load, from: number, count: number, inFlight: number): Promise<number> {
    const part = Math.floor(count / 5);
    const each: number[] = [];
    for (let i = 0; i < 5; i++) {
      const cpu0 = cpuSeconds(this.server.pid);
      const t0 = performance.now();
      this.failed += await drive(this.server, load, from + i * part, part, inFlight);
      const wall = (performance.now() - t0) / 1000;
      const cpu = cpuSeconds(this.server.pid) - cpu0 - this.idle * wall;
      each.push((Math.max(0, cpu) * 1e6) / part);
    }
    each.sort((a, b) => a - b);
    return round(each[2] ?? 0, 0);
  }
}

export const floorScenario: Scenario = async (mode) => {
  const n = mode.quick ? 1500 : 10_000;
  const warmCount = mode.quick ? 300 : 2000;
  const people = mode.quick ? 60 : 200;
  const ideasCount = mode.quick ? 60 : 100;
  // Votes per window; every vote is a new row, so a process gets warm-up + seq + c16 of them.
  const votesEach = mode.quick ? 1000 : 4000;
  const warmVotes = mode.quick ? 200 : 1000;
  if (warmVotes + 2 * votesEach > people * ideasCount) throw new Error("too few (person, idea) pairs");

  const template = newDataDir();
  const seed = new Seeder(template);
  const boardId = seed.board("Boden der Anfrage");
  const residents = seed.residents(people, "Boden");
  const ideaIds = seed.ideas(boardId, ideasCount, residents[0]?.id ?? null);
  seed.close();
  /** Each process votes on a copy of the same seeded database. */
  const copy = () => {
    const dir = newDataDir();
    cpSync(template, dir, { recursive: true });
    return dir;
  };
  const cookieOf = (i: number) => residents[i % residents.length]?.cookie ?? "";
  // A monitor's plain health check, and a signed-in person's (a session lookup per request).
  const plain: Load = { method: "GET", path: () => "/api/health", cookie: () => "" };
  const signedIn: Load = { method: "GET", path: () => "/api/health", cookie: cookieOf };
  // Person-major over ideas: the i-th vote is a (person, idea) pair no other request used.
  const vote: Load = {
    method: "PUT",
    path: (i) => `/api/ideas/${ideaIds[i % ideaIds.length]}/vote`,
    cookie: (i) => residents[Math.floor(i / ideaIds.length) % residents.length]?.cookie ?? "",
  };

  const table: Record<string, Record<string, number>> = {};
  const row = (name: string, key: string, us: number) => {
    table[name] ??= {};
    (table[name] as Record<string, number>)[key] = us;
  };
  let failed = 0;
  /** Runs `body` against a started process and stops it, counting its failed requests. */
  const within = async (server: Child, body: (m: Measured) => Promise<void>, dataDir?: string) => {
    const m = new Measured(server);
    try {
      await body(m);
    } finally {
      failed += m.failed;
      await server.stop();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    }
  };
  const healthCells = async (name: string, m: Measured, withSession: boolean) => {
    await m.warm(signedIn, 0, warmCount);
    row(name, "health seq", await m.us(plain, 0, n, 1));
    row(name, "health c16", await m.us(plain, 0, n, 16));
    if (!withSession) return;
    row(name, "signed-in seq", await m.us(signedIn, 0, n, 1));
    row(name, "signed-in c16", await m.us(signedIn, 0, n, 16));
  };
  const voteCells = async (name: string, m: Measured) => {
    await m.warm(vote, 0, warmVotes);
    row(name, "vote seq", await m.us(vote, warmVotes, votesEach, 1));
    row(name, "vote c16", await m.us(vote, warmVotes + votesEach, votesEach, 16));
  };

  try {
    await within(await startYardstick("node-http.ts"), (m) => healthCells("node:http", m, false));
    await within(await startYardstick("hono-health.ts"), (m) => healthCells("hono", m, false));
    // The ladder: the bare vote route on Quer's database, then Quer's middlewares one by one.
    for (let depth = 0; depth <= LADDER.length; depth++) {
      const name = depth === 0 ? "bare vote route" : `+ ${LADDER[depth - 1]}`;
      const dir = copy();
      const ladder = await startYardstick("ladder.ts", { DATA_DIR: dir, LADDER_DEPTH: String(depth) });
      await within(
        ladder,
        async (m) => {
          await healthCells(name, m, true);
          await voteCells(name, m);
        },
        dir,
      );
    }
    await within(await startQuer(copy()), async (m) => {
      await healthCells("quer", m, true);
      await voteCells("quer", m);
    });
  } finally {
    rmSync(template, { recursive: true, force: true });
  }

  const q = table.quer ?? {};
  const h = table.hono ?? {};
  const bare = table["bare vote route"] ?? {};
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b, 2) : 0);
  const healthRatio = ratio(q["health seq"], h["health seq"]);
  const signedInRatio = ratio(q["signed-in seq"], h["health seq"]);
  const voteRatio = ratio(q["vote seq"], bare["vote seq"]);
  const judged = (ok: boolean) => (mode.quick ? null : ok);
  const budgets: Budget[] = [
    {
      what: "GET /api/health (one at a time) vs bare Hono",
      limit: "≤ 1.5×",
      value: `${healthRatio}×`,
      met: judged(healthRatio <= 1.5),
    },
    {
      what: "GET /api/health signed in (one at a time) vs bare Hono",
      limit: "≤ 1.5×",
      value: `${signedInRatio}×`,
      met: judged(signedInRatio <= 1.5),
    },
    {
      what: "a vote (one at a time) vs the bare Hono vote route",
      limit: "≤ 1.5×",
      value: `${voteRatio}×`,
      met: judged(voteRatio <= 1.5),
    },
  ];
  if (failed > 0)
    budgets.push({ what: "every request answered 200", limit: "0 failed", value: `${failed}`, met: false });
  const keys = [...new Set(Object.values(table).flatMap((r) => Object.keys(r)))];
  return {
    lines: [
      [
        "load",
        `${n} health requests (plain, and signed in with a session cookie) and ${votesEach} votes per ` +
          "cell after a warm-up, one at a time (seq) and 16 in flight (c16); µs server CPU per request, " +
          "net of the process's idle CPU, the median of five windows",
      ],
      ...Object.entries(table).map(
        ([name, r]) =>
          [
            name,
            keys
              .filter((k) => k in r)
              .map((k) => `${k} ${r[k]}`)
              .join(", "),
          ] as [string, string],
      ),
      [
        "ratios",
        `quer health ${healthRatio}× bare Hono (signed in ${signedInRatio}×), vote ${voteRatio}× the bare ` +
          "vote route; " +
          `bare Hono ${ratio(h["health seq"], table["node:http"]?.["health seq"])}× node:http`,
      ],
    ],
    budgets,
    data: { requestsPerCell: n, votesEach, warmCount, warmVotes, table, failed },
  };
};
