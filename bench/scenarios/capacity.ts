import { newDataDir, startQuer } from "../lib/child.ts";
import { openWatchers } from "../lib/load.ts";
import { handleCount, rssBytes } from "../lib/proc.ts";
import type { Watcher } from "../lib/receivers.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { mb, round, sleep } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

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
    // Unload happens idleMs after the last socket leaves; then give the heap time to shrink.
    await sleep(idleMs + (mode.quick ? 3000 : 8000));
    const after = rssBytes(quer.pid);
    const fdsAfter = handleCount(quer.pid);
    const grown = open - start;
    const kept = grown > 0 ? round(((after - start) / grown) * 100, 0) : 0;
    return {
      lines: [
        ["database", `${shape.boards} boards × ${shape.ideasEach} ideas (seeded in ${seedS} s)`],
        ["open", `${shape.open} boards × ${shape.clientsEach} clients, all synced in ${openS} s`],
        [
          "RSS",
          `start ${mb(start)} MB, open ${mb(open)} MB, after leaving ${mb(after)} MB (${kept}% of the growth kept)`,
        ],
        ["handles", `start ${fds0}, open ${fdsOpen}, after ${fdsAfter}`],
      ],
      budgets: [
        {
          what: "memory returns after clients leave",
          limit: "≤ 25% of growth kept",
          value: `${kept}%`,
          met: mode.quick ? null : kept <= 25,
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
        rss: { start, open, after },
        fds: { start: fds0, open: fdsOpen, after: fdsAfter },
      },
    };
  } finally {
    await quer.stop();
  }
};
