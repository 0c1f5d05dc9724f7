import { newDataDir, startQuer } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { runRound } from "../lib/load.ts";
import { handleCount, rssBytes } from "../lib/proc.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { mb, round, sleep, slope } from "../lib/stats.ts";
import { querTarget } from "../lib/targets.ts";

/**
 * Soak: half the workshop load for ten minutes, in back-to-back one-minute rounds (each
 * with a fresh hot idea and the clients reconnecting, as phones do), while RSS and open
 * handles are sampled every 10 s. A leak shows as a slope; warm-up (the first fifth) is
 * left out of it.
 *
 * Each round is a workshop on a board of its own, as an evening moves from table to
 * table: on one board, ten minutes of 5 posts/s add 3 000 ideas, and memory grows with
 * that data (4.6 MB/min measured), which would hide a leak rather than show one. A board
 * left behind unloads after the server's idle time, so what stays is what leaks.
 */
export const soakScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { clients: 25, postsPerSec: 5, votesPerSec: 50, seconds: 6, rounds: 2, sampleMs: 2000 }
    : { clients: 100, postsPerSec: 5, votesPerSec: 50, seconds: 60, rounds: 10, sampleMs: 10_000 };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boards = Array.from({ length: shape.rounds }, (_, i) => seed.board(`Dauerlauf, Tisch ${i + 1}`));
  const posters = seed.residents(5, "Schreibende");
  const voters = seed.residents(shape.votesPerSec * shape.seconds + 100, "Abstimmende");
  seed.close();
  const quer = await startQuer(dataDir);
  const http = new Http(quer.url);
  const samples: { t: number; rss: number; fds: number }[] = [];
  const t0 = performance.now();
  const sample = () =>
    samples.push({
      t: (performance.now() - t0) / 60_000,
      rss: rssBytes(quer.pid),
      fds: handleCount(quer.pid),
    });
  sample();
  const sampler = setInterval(sample, shape.sampleMs);
  try {
    let missing = 0;
    let failed = 0;
    let p99 = 0;
    for (const [i, boardId] of boards.entries()) {
      const target = querTarget({ pid: quer.pid, url: quer.url, http, boardId, posters, voters });
      const r = await runRound(target, shape).catch((error: unknown) => {
        throw new Error(`round ${i + 1}: ${quer.died() ?? String(error)}`);
      });
      missing += r.missing;
      failed += r.failed;
      const sorted = [...r.fromRequest].sort((a, b) => a - b);
      p99 = Math.max(p99, sorted[Math.floor(sorted.length * 0.99)] ?? 0);
    }
    // Connections closed at the end of the last round: let the server notice before the last sample.
    await sleep(1000);
    sample();
    clearInterval(sampler);
    const steady = samples.slice(Math.floor(samples.length / 5));
    const rssSlope = round(slope(steady.map((s) => ({ x: s.t, y: s.rss / 1048576 }))), 2);
    const fdSlope = round(slope(steady.map((s) => ({ x: s.t, y: s.fds }))), 2);
    const first = samples[0];
    const last = samples[samples.length - 1];
    const flat = rssSlope <= 2 && fdSlope <= 1;
    return {
      lines: [
        [
          "load",
          `${shape.clients} clients, ${shape.postsPerSec} posts/s + ${shape.votesPerSec} votes/s, ${shape.rounds} × ${shape.seconds} s, a board per round`,
        ],
        ["RSS", `${mb(first?.rss ?? 0)} → ${mb(last?.rss ?? 0)} MB, slope ${rssSlope} MB/min after warm-up`],
        ["handles", `${first?.fds} → ${last?.fds}, slope ${fdSlope}/min`],
        [
          "deliveries",
          `worst round p99 ${round(p99)} ms sent → all clients; ${missing} missing, ${failed} failed`,
        ],
      ],
      budgets: [
        {
          what: "flat soak",
          limit: "RSS ≤ 2 MB/min, handles ≤ 1/min",
          value: `${rssSlope} MB/min, ${fdSlope}/min`,
          met: mode.quick ? null : flat,
        },
      ],
      data: { shape, samples, rssSlope, fdSlope, missing, failed, worstP99: p99 },
    };
  } finally {
    clearInterval(sampler);
    http.close();
    await quer.stop();
  }
};
