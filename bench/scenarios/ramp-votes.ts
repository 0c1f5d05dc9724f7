import { newDataDir, startQuer } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { openWatchers, withTimeout } from "../lib/load.ts";
import { cpuWindow, rampReport, runRamp } from "../lib/ramp.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { sleep } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

/**
 * How many votes per second one machine answers within 100 ms. Unlike the votes
 * scenario (a closed loop: as many as 64 requests in flight let through), votes arrive
 * at a set rate whatever the server does, as phones send them, so a server that falls
 * behind shows it as latency: request sent → answer (Quer answers after the vote is on
 * disk and relayed to the board's watchers). 200 people watch the board, as in a workshop.
 */
export const rampVotesScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { watchers: 50, people: 100, ideas: 50, steps: [100, 200, 400], seconds: 3 }
    : {
        watchers: 200,
        people: 1200,
        ideas: 200,
        steps: [250, 500, 1000, 1500, 2000, 2500, 3000, 3500, 4000],
        seconds: 10,
      };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Abstimmung, Rampe");
  const people = seed.residents(shape.people, "Stimme");
  const ideaIds = seed.ideas(boardId, shape.ideas, people[0]?.id ?? null);
  seed.close();
  const quer = await startQuer(dataDir);
  const http = new Http(quer.url, 256);
  const watchers = await openWatchers(quer.url, `board:${boardId}`, shape.watchers, new Tracker(0), {
    full: 0,
  });
  // Each vote is a new (person, idea) pair, idea-major so a person's votes spread over time.
  let next = 0;
  const total = shape.people * shape.ideas;
  try {
    const ramp = {
      unit: "votes/s offered",
      achievedUnit: "votes/s answered 200",
      measures: "vote sent → its answer",
      shape:
        `open loop: votes sent at a set rate, ${shape.people} people × ${shape.ideas} ideas on one board, ` +
        `${shape.watchers} thin watchers; ${shape.seconds} s a step`,
      steps: shape.steps,
      restMs: 2000,
      run: async (rate: number) => {
        const latencies: number[] = [];
        let ok = 0;
        const inflight = new Set<Promise<void>>();
        const window = cpuWindow(quer.pid);
        const t0 = performance.now();
        const end = t0 + shape.seconds * 1000;
        let sent = 0;
        while (performance.now() < end && next < total) {
          const due = Math.floor(((performance.now() - t0) / 1000) * rate);
          while (sent < due && next < total) {
            sent += 1;
            const i = next++;
            const ideaId = ideaIds[i % shape.ideas] as string;
            const person = people[Math.floor(i / shape.ideas)];
            if (!person) break;
            const at = performance.now();
            const p = http.call("PUT", `/api/ideas/${ideaId}/vote`, person.cookie).then(
              (res) => {
                latencies.push(performance.now() - at);
                if (res.status === 200) ok += 1;
              },
              // Counted as lost: sent, never answered 200.
              () => {},
            );
            inflight.add(p);
            void p.finally(() => inflight.delete(p));
          }
          await sleep(2);
        }
        await withTimeout(Promise.all([...inflight]), 60_000, "votes to be answered").catch(() => {});
        const cpu = window.end();
        if (next >= total) throw new Error("ran out of (person, idea) pairs; seed more people");
        // Over the step and the wait for its last answers: a server that falls behind reaches less.
        const achieved = ok / ((performance.now() - t0) / 1000);
        return { samples: latencies, made: sent, lost: sent - ok, achieved, cpu };
      },
    };
    return rampReport(ramp, await runRamp(ramp, quer.died));
  } finally {
    for (const w of watchers) w.close();
    http.close();
    await quer.stop();
  }
};
