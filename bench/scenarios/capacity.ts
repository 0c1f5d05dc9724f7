import { newDataDir, startQuer } from "../lib/child.ts";
import { openWatchers } from "../lib/load.ts";
import { handleCount, rssBytes } from "../lib/proc.ts";
import type { Watcher } from "../lib/receivers.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { mb, round, sleep } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

/** Share of the growth while boards were open that may still be resident after leaving. */
const KEPT_BUDGET = 25;

/**
 * Capacity: many boards in the database, some of them open at once. Memory should
 * follow what is open, not what is stored, and return once people leave (documents
 * unload after QUER_DOC_IDLE_MS, set short here).
 */
export const capacityScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { boards: 50, ideasEach: 200, open: 10, clientsEach: 5 }
    : { boards: 500, ideasEach: 200, open: 50, clientsEach: 10 };
  const idleMs = 2000;
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const [author] = seed.residents(1, "Autor");
  const boardIds: string[] = [];
  const t0 = performance.now();
  for (let b = 0; b < shape.boards; b++) {
    const id = seed.board(`Board ${b}`);
    seed.ideas(id, shape.ideasEach, author?.id ?? null);
    boardIds.push(id);
  }
  const seedS = round((performance.now() - t0) / 1000, 1);
  seed.close();
  const quer = await startQuer(dataDir, { QUER_DOC_IDLE_MS: String(idleMs) });
  try {
    await sleep(1000);
    const start = rssBytes(quer.pid);
    const fds0 = handleCount(quer.pid);
    const watchers: Watcher[] = [];
    const tracker = new Tracker(0);
    const t1 = performance.now();
    for (const id of boardIds.slice(0, shape.open)) {
      watchers.push(
        ...(await openWatchers(quer.url, `board:${id}`, shape.clientsEach, tracker, { full: 0 })),
      );
    }
    const openS = round((performance.now() - t1) / 1000, 1);
    await sleep(1000);
    const open = rssBytes(quer.pid);
    const fdsOpen = handleCount(quer.pid);
    for (const w of watchers) w.close();
    const left = performance.now();
    // Documents unload idleMs after their last socket leaves. What they held is garbage
    // then, but V8 gives heap pages back only when it next collects, which on a server
    // nobody uses is its idle-time memory reducer, some tens of seconds later: sample
    // until RSS is back within the budget or the window ends.
    const grown = open - start;
    const keptOf = (rss: number) => (grown > 0 ? round(((rss - start) / grown) * 100, 0) : 0);
    await sleep(idleMs);
    const windowMs = mode.quick ? 10_000 : 60_000;
    let after = rssBytes(quer.pid);
    let backAfterS: number | null = null;
    while (performance.now() - left < idleMs + windowMs) {
      await sleep(2000);
      after = Math.min(after, rssBytes(quer.pid));
      if (keptOf(after) <= KEPT_BUDGET) {
        backAfterS = round((performance.now() - left) / 1000, 0);
        break;
      }
    }
    const fdsAfter = handleCount(quer.pid);
    const kept = keptOf(after);
    return {
      lines: [
        ["database", `${shape.boards} boards × ${shape.ideasEach} ideas (seeded in ${seedS} s)`],
        ["open", `${shape.open} boards × ${shape.clientsEach} clients, all synced in ${openS} s`],
        [
          "RSS",
          `start ${mb(start)} MB, open ${mb(open)} MB, after leaving ${mb(after)} MB (${kept}% of the growth kept, ` +
            `${backAfterS === null ? `not within ${KEPT_BUDGET}% in ${(idleMs + windowMs) / 1000} s` : `${backAfterS} s after leaving`})`,
        ],
        ["handles", `start ${fds0}, open ${fdsOpen}, after ${fdsAfter}`],
      ],
      budgets: [
        {
          what: "memory returns after clients leave",
          limit: `≤ ${KEPT_BUDGET}% of growth kept within a minute`,
          value: `${kept}%`,
          met: mode.quick ? null : kept <= KEPT_BUDGET,
        },
        {
          what: "handles return after clients leave",
          limit: "≤ start + 5",
          value: `${fdsAfter} (start ${fds0})`,
          met: fdsAfter <= fds0 + 5,
        },
      ],
      data: {
        shape,
        seedS,
        openS,
        rss: { start, open, after, backAfterS },
        fds: { start: fds0, open: fdsOpen, after: fdsAfter },
      },
    };
  } finally {
    await quer.stop();
  }
};
