import type * as Y from "yjs";
import { newDataDir, startQuer } from "../lib/child.ts";
import { DbPeek } from "../lib/db-peek.ts";
import { Http } from "../lib/http.ts";
import { openWatchers, withTimeout } from "../lib/load.ts";
import { cpuSeconds, rssBytes, SelfCpu } from "../lib/proc.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { mb, round, sleep, summarize } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

/**
 * Votes: as many up-votes through HTTP as Quer takes, from many people on many ideas,
 * while clients watch the board. At the end every tally must be exact: in SQL (the
 * count column and the rows agree with the votes that were answered 200) and in the
 * board document a watcher holds.
 */
export const votesScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { watchers: 50, people: 100, ideas: 40, seconds: 3, concurrency: 32 }
    : { watchers: 200, people: 400, ideas: 100, seconds: 15, concurrency: 64 };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Abstimmung am Stadtteilabend");
  const people = seed.residents(shape.people, "Stimme");
  const ideaIds = seed.ideas(boardId, shape.ideas, people[0]?.id ?? null);
  seed.close();
  const quer = await startQuer(dataDir);
  const http = new Http(quer.url, shape.concurrency);
  const tracker = new Tracker(shape.watchers);
  const watchers = await openWatchers(quer.url, `board:${boardId}`, shape.watchers, tracker, { full: 1 });
  const peek = new DbPeek(dataDir);
  try {
    const answered = new Map<string, number>();
    const latencies: number[] = [];
    let next = 0;
    let failed = 0;
    const total = shape.people * shape.ideas;
    const cpu0 = cpuSeconds(quer.pid);
    const self = new SelfCpu();
    const t0 = performance.now();
    const end = t0 + shape.seconds * 1000;
    // Each worker keeps one request in flight: a closed loop, so the rate is what the server takes.
    const worker = async () => {
      while (performance.now() < end && next < total) {
        const i = next++;
        // Idea-major order spreads each person's votes over time and every idea's over people.
        const ideaId = ideaIds[i % shape.ideas] as string;
        const person = people[Math.floor(i / shape.ideas)];
        if (!person) break;
        const at = performance.now();
        const res = await http.call("PUT", `/api/ideas/${ideaId}/vote`, person.cookie).catch(() => null);
        latencies.push(performance.now() - at);
        if (res?.status === 200) answered.set(ideaId, (answered.get(ideaId) ?? 0) + 1);
        else failed += 1;
      }
    };
    await withTimeout(Promise.all(Array.from({ length: shape.concurrency }, worker)), 120_000, "votes");
    const elapsed = (performance.now() - t0) / 1000;
    const cpu = cpuSeconds(quer.pid) - cpu0;
    const rss = rssBytes(quer.pid);
    const ok = [...answered.values()].reduce((a, b) => a + b, 0);
    // Let the last broadcasts land before comparing the watcher's document.
    await sleep(1000);
    const full = watchers[0] as unknown as { doc?: Y.Doc };
    const docIdeas = full.doc?.getMap<Y.Map<unknown>>("ideas");
    let wrong = 0;
    for (const id of ideaIds) {
      const want = answered.get(id) ?? 0;
      const row = peek.get(
        "select vote_count as c, (select count(*) from votes where idea_id = ?) as n from ideas where id = ?",
        id,
        id,
      ) as { c: number; n: number };
      const inDoc = docIdeas?.get(id)?.get("votes");
      if (row.c !== want || row.n !== want || inDoc !== want) wrong += 1;
    }
    const perSec = round(ok / elapsed, 0);
    const lat = summarize(latencies);
    return {
      lines: [
        [
          "load",
          `${shape.concurrency} requests in flight, ${shape.people} people × ${shape.ideas} ideas, ${shape.watchers} watchers, ${shape.seconds} s`,
        ],
        ["votes", `${ok} answered 200 in ${round(elapsed, 1)} s = ${perSec} votes/s; ${failed} failed`],
        ["answer time", `p50 ${round(lat.p50)} / p99 ${round(lat.p99)} / max ${round(lat.max)} ms`],
        [
          "tallies",
          wrong === 0
            ? `exact on all ${shape.ideas} ideas (SQL count, rows, board doc)`
            : `${wrong} ideas WRONG`,
        ],
        ["server", `${round((cpu * 1e6) / Math.max(1, ok), 0)} µs CPU per vote, RSS ${mb(rss)} MB`],
        ["load client", `${round(self.shareOfCore() * 100, 0)}% of a core`],
      ],
      budgets: [
        {
          what: "votes/s with exact tallies",
          limit: "≥ 2000/s",
          value: `${perSec}/s${wrong ? ", tallies wrong" : ""}`,
          met: mode.quick ? (wrong === 0 ? null : false) : perSec >= 2000 && wrong === 0,
        },
      ],
      data: { shape, ok, failed, elapsed, perSec, wrongIdeas: wrong, answerMs: lat, cpuS: cpu },
    };
  } finally {
    for (const w of watchers) w.close();
    http.close();
    peek.close();
    await quer.stop();
  }
};
