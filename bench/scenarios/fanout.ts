import { newDataDir, startQuer, startRelay } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { type LoadShape, type RoundResult, runRound } from "../lib/load.ts";
import type { Budget, Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { round, summarize } from "../lib/stats.ts";
import { querTarget, relayTarget } from "../lib/targets.ts";

/**
 * Workshop fan-out: N participants watch one board while posts (10/s) and votes (100/s)
 * arrive. After an uncounted warm-up round each, Quer and the bare relay take turns
 * (Q, R, Q, R…) in the same run, so both see
 * the same machine in the same state, and the report gives Quer's numbers as a ratio.
 */

export interface FanoutSummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  fromRequestP50: number;
  fromRequestP99: number;
  changes: number;
  missing: number;
  failed: number;
  cpuUsPerDelivery: number;
  /** Share of the server's CPU spent in the kernel. */
  sysShare: number;
  serverRssMb: number;
  loadCpuShare: number;
  loopLagP99Ms: number;
}

function combine(rounds: RoundResult[]): FanoutSummary {
  const s = summarize(rounds.flatMap((r) => r.samples));
  const req = summarize(rounds.flatMap((r) => r.fromRequest));
  const delivered = rounds.reduce((a, r) => a + r.delivered, 0);
  const cpu = rounds.reduce((a, r) => a + r.serverCpuS, 0);
  const sys = rounds.reduce((a, r) => a + r.serverSysS, 0);
  return {
    p50: round(s.p50),
    p95: round(s.p95),
    p99: round(s.p99),
    max: round(s.max),
    fromRequestP50: round(req.p50),
    fromRequestP99: round(req.p99),
    changes: rounds.reduce((a, r) => a + r.changes, 0),
    missing: rounds.reduce((a, r) => a + r.missing, 0),
    failed: rounds.reduce((a, r) => a + r.failed, 0),
    cpuUsPerDelivery: delivered > 0 ? round((cpu * 1e6) / delivered, 2) : 0,
    sysShare: cpu > 0 ? round(sys / cpu, 2) : 0,
    serverRssMb: Math.max(...rounds.map((r) => r.serverRssMb)),
    loadCpuShare: Math.max(...rounds.map((r) => r.loadCpuShare)),
    loopLagP99Ms: Math.max(...rounds.map((r) => r.loopLagP99Ms)),
  };
}

/** Runs Quer and the relay in alternating rounds under one load shape. */
export async function alternate(
  shape: LoadShape,
  roundsEach: number,
): Promise<{
  quer: FanoutSummary;
  relay: FanoutSummary;
  rounds: Omit<RoundResult, "samples" | "fromRequest">[];
}> {
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Workshop: Zukunft des Marktplatzes");
  const posters = seed.residents(5, "Schreibende");
  const voters = seed.residents(Math.ceil(shape.votesPerSec * shape.seconds * 1.1) + 10, "Abstimmende");
  seed.close();
  const quer = await startQuer(dataDir);
  const relay = await startRelay();
  const http = new Http(quer.url);
  const q = querTarget({ pid: quer.pid, url: quer.url, http, boardId, posters, voters });
  const r = await relayTarget({ pid: relay.pid, url: relay.url, room: `board:${boardId}` });
  const results: RoundResult[] = [];
  try {
    // A short round each that is not counted: both servers are measured warm (code
    // compiled, modules loaded), as they are an hour into a workshop evening.
    const warmUp = { ...shape, seconds: Math.min(shape.seconds, 3) };
    await runRound(q, warmUp);
    await runRound(r, warmUp);
    for (let i = 0; i < roundsEach; i++) {
      results.push(await runRound(q, shape));
      results.push(await runRound(r, shape));
    }
  } finally {
    r.close();
    http.close();
    await quer.stop();
    await relay.stop();
  }
  return {
    quer: combine(results.filter((x) => x.target === "quer")),
    relay: combine(results.filter((x) => x.target === "relay")),
    rounds: results.map(({ samples: _s, fromRequest: _f, ...rest }) => rest),
  };
}

const fmt = (s: FanoutSummary) =>
  `p50 ${s.p50} / p95 ${s.p95} / p99 ${s.p99} / max ${s.max} ms; ${s.cpuUsPerDelivery} µs CPU per delivery; ` +
  `${s.changes} changes, ${s.missing} missing, ${s.failed} failed`;

export function fanoutScenario(clients: number): Scenario {
  return async (mode) => {
    const shape: LoadShape = mode.quick
      ? { clients: Math.min(clients, 50), postsPerSec: 10, votesPerSec: 100, seconds: 5 }
      : { clients, postsPerSec: 10, votesPerSec: 100, seconds: 15 };
    const { quer, relay, rounds } = await alternate(shape, mode.quick ? 1 : 2);
    // Quer relays a change before it answers the command, so "after the answer" is about
    // zero; the ratio compares the whole path, command sent → seen by every client,
    // with the relay's update sent → seen by every client.
    const p99Ratio =
      relay.fromRequestP99 > 0
        ? round(quer.fromRequestP99 / relay.fromRequestP99, 2)
        : Number.POSITIVE_INFINITY;
    const cpuRatio =
      relay.cpuUsPerDelivery > 0 ? round(quer.cpuUsPerDelivery / relay.cpuUsPerDelivery, 2) : 0;
    const judged = !mode.quick;
    const budgets: Budget[] = [
      {
        what: "fan-out p99 vs relay",
        limit: "≤ 1.3×",
        value: `${p99Ratio}×`,
        met: judged ? p99Ratio <= 1.3 : null,
      },
      {
        what: "server CPU per delivery vs relay",
        limit: "≤ 1.25×",
        value: `${cpuRatio}×`,
        met: judged ? cpuRatio <= 1.25 : null,
      },
    ];
    if (shape.clients >= 200) {
      budgets.push({
        what: `server RSS at ${shape.clients} clients`,
        limit: "≤ 300 MB",
        value: `${quer.serverRssMb} MB`,
        met: judged ? quer.serverRssMb <= 300 : null,
      });
    }
    if (quer.missing > 0 || quer.failed > 0) {
      budgets.push({
        what: "every change reached every client",
        limit: "0 missing",
        value: `${quer.missing} missing, ${quer.failed} failed`,
        met: false,
      });
    }
    return {
      lines: [
        [
          "load",
          `${shape.clients} clients, ${shape.postsPerSec} posts/s + ${shape.votesPerSec} votes/s, ${shape.seconds} s × ${mode.quick ? 1 : 2} rounds each`,
        ],
        ["quer (after answer)", fmt(quer)],
        ["relay (after send)", fmt(relay)],
        [
          "sent → all clients",
          `quer p50 ${quer.fromRequestP50} / p99 ${quer.fromRequestP99} ms; relay p50 ${relay.fromRequestP50} / p99 ${relay.fromRequestP99} ms`,
        ],
        ["ratio", `p99 ${p99Ratio}×, CPU/delivery ${cpuRatio}×`],
        ["quer RSS", `${quer.serverRssMb} MB (relay ${relay.serverRssMb} MB)`],
        [
          "load client",
          `≤ ${round(quer.loadCpuShare * 100, 0)}% of a core, loop lag p99 ≤ ${quer.loopLagP99Ms} ms`,
        ],
      ],
      budgets,
      data: { shape, quer, relay, rounds },
    };
  };
}
