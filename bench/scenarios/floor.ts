import { Agent, request } from "node:http";
import { startYardstick } from "../floor/start.ts";
import { type Child, newDataDir, startQuer } from "../lib/child.ts";
import { cpuSeconds } from "../lib/proc.ts";
import type { Budget, Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { round } from "../lib/stats.ts";

/**
 * The request path near its floor: µs of server CPU per request for yardsticks (a bare
 * `node:http` handler, a bare Hono app on `@hono/node-server`) and for Quer, each in its
 * own process, read from /proc around a fixed number of requests. Requests carry what a
 * browser sends (Origin, Accept-Encoding, the session cookie when signed in).
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

/** Server CPU per answered request, in µs, over `count` requests with `inFlight` at once. */
async function measure(
  server: Child,
  load: Load,
  count: number,
  inFlight: number,
  from = 0,
): Promise<{ us: number; failed: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: inFlight });
  let next = from;
  let failed = 0;
  const end = from + count;
  // Warm the sockets and the code before the window opens.
  await Promise.all(Array.from({ length: inFlight }, () => send(agent, server.url, load, 0).catch(() => 0)));
  const cpu0 = cpuSeconds(server.pid);
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < end) {
        const status = await send(agent, server.url, load, next++).catch(() => 0);
        if (status !== 200) failed += 1;
      }
    }),
  );
  const cpu = cpuSeconds(server.pid) - cpu0;
  agent.destroy();
  return { us: round((cpu * 1e6) / count, 0), failed };
}

export const floorScenario: Scenario = async (mode) => {
  const n = mode.quick ? 1500 : 8000;
  const people = mode.quick ? 60 : 200;
  const ideasCount = mode.quick ? 60 : 100;
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Boden der Anfrage");
  const residents = seed.residents(people, "Boden");
  const ideaIds = seed.ideas(boardId, ideasCount, residents[0]?.id ?? null);
  seed.close();
  const cookieOf = (i: number) => residents[i % residents.length]?.cookie ?? "";
  const health = (cookie: boolean): Load => ({
    method: "GET",
    path: () => "/api/health",
    cookie: cookie ? cookieOf : () => "",
  });
  // Every vote is a new row: person-major over ideas, as many as people × ideas allow.
  const vote: Load = {
    method: "PUT",
    path: (i) => `/api/ideas/${ideaIds[i % ideaIds.length]}/vote`,
    cookie: (i) => residents[Math.floor(i / ideaIds.length) % residents.length]?.cookie ?? "",
  };
  const votesEach = Math.min(n / 2, Math.floor((people * ideasCount) / 2));

  const table: Record<string, Record<string, number>> = {};
  const row = (name: string, key: string, us: number) => {
    table[name] ??= {};
    (table[name] as Record<string, number>)[key] = us;
  };
  let failed = 0;
  const run = async (name: string, server: Child, cookie: boolean) => {
    for (const [key, inFlight] of [
      ["seq", 1],
      ["c16", 16],
    ] as const) {
      const r = await measure(server, health(false), n, inFlight);
      row(name, `health ${key}`, r.us);
      failed += r.failed;
      if (cookie) {
        const s = await measure(server, health(true), n, inFlight);
        row(name, `health+cookie ${key}`, s.us);
        failed += s.failed;
      }
    }
  };

  const nodeHttp = await startYardstick("node-http.ts");
  try {
    await run("node:http", nodeHttp, false);
  } finally {
    await nodeHttp.stop();
  }
  const hono = await startYardstick("hono-health.ts");
  try {
    await run("hono", hono, false);
  } finally {
    await hono.stop();
  }
  const quer = await startQuer(dataDir);
  try {
    await run("quer", quer, true);
    const seq = await measure(quer, vote, votesEach, 1, 0);
    const conc = await measure(quer, vote, votesEach, 16, votesEach);
    row("quer", "vote seq", seq.us);
    row("quer", "vote c16", conc.us);
    failed += seq.failed + conc.failed;
  } finally {
    await quer.stop();
  }

  const q = table.quer ?? {};
  const h = table.hono ?? {};
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? round(a / b, 2) : 0);
  const healthRatio = ratio(q["health+cookie seq"], h["health seq"]);
  const budgets: Budget[] = [
    {
      what: "GET /api/health (signed in, one at a time) vs bare Hono",
      limit: "≤ 1.5×",
      value: `${healthRatio}×`,
      met: mode.quick ? null : healthRatio <= 1.5,
    },
  ];
  if (failed > 0)
    budgets.push({ what: "every request answered 200", limit: "0 failed", value: `${failed}`, met: false });
  const keys = [...new Set(Object.values(table).flatMap((r) => Object.keys(r)))];
  return {
    lines: [
      [
        "load",
        `${n} requests per cell, one at a time (seq) and 16 in flight (c16); µs server CPU per request`,
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
        `quer health ${ratio(q["health seq"], h["health seq"])}× bare Hono (no cookie), ${healthRatio}× (cookie); ` +
          `bare Hono ${ratio(h["health seq"], table["node:http"]?.["health seq"])}× node:http`,
      ],
    ],
    budgets,
    data: { requestsPerCell: n, votesEach, table, failed },
  };
};
