import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { launch, timePage } from "../lib/browser.ts";
import { newDataDir, ROOT, startQuer } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { withTimeout } from "../lib/load.ts";
import { rssBytes } from "../lib/proc.ts";
import { thinReceiver } from "../lib/receivers.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { kb, mb, round, sleep } from "../lib/stats.ts";

/**
 * A big board: 2 000 ideas written straight into SQL, then the server started on it.
 * Times the first load of `board:<id>` (reconciled from SQL into a document never stored
 * before), the bytes of that first sync, a load from the stored snapshot after idle
 * unload, and the page in a throttled browser.
 */

/** Milliseconds from opening a socket to the first full sync, and its size. */
async function firstSync(url: string, docName: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const w = thinReceiver(url, docName, () => {});
  try {
    await withTimeout(w.synced, 60_000, "first sync");
    return { ms: round(performance.now() - t0), bytes: w.firstSyncBytes() };
  } finally {
    w.close();
  }
}

export function ensureClientBuilt(): void {
  const built = (file: string) => existsSync(`${ROOT}client/dist/${file}`);
  // The board page's first view is rendered by the bundle the SSR build adds.
  if (built("index.html") && built(".server/render-board.js")) return;
  const build = spawnSync("pnpm", ["build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) throw new Error("pnpm build failed");
}

export const coldStartScenario: Scenario = async (mode) => {
  const count = mode.quick ? 200 : 2000;
  const idleMs = 1000;
  ensureClientBuilt();
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Großes Board");
  const [author] = seed.residents(1, "Autorin");
  seed.ideas(boardId, count, author?.id ?? null);
  seed.close();
  const quer = await startQuer(dataDir, { QUER_DOC_IDLE_MS: String(idleMs) });
  try {
    const rss0 = rssBytes(quer.pid);
    const docName = `board:${boardId}`;
    const cold = await firstSync(quer.url, docName);
    const warm = await firstSync(quer.url, docName);
    const rssLoaded = rssBytes(quer.pid);
    await sleep(idleMs + 1500); // unloaded and compacted
    const snapshot = await firstSync(quer.url, docName);
    const http = new Http(quer.url);
    const t0 = performance.now();
    const answer = await http.call("GET", `/api/boards/${boardId}`, "");
    const httpMs = round(performance.now() - t0);
    const httpBytes = JSON.stringify(answer.json).length;
    http.close();
    const browser = await launch();
    let page: Awaited<ReturnType<typeof timePage>>;
    try {
      page = await timePage(browser, `${quer.url}/boards/${boardId}`, count);
    } finally {
      await browser.close();
    }
    return {
      lines: [
        ["board", `${count} ideas`],
        [
          "load from SQL",
          `${cold.ms} ms to first sync (document never stored), first sync ${kb(cold.bytes)} KB`,
        ],
        ["in memory", `${warm.ms} ms to first sync`],
        ["load from snapshot", `${snapshot.ms} ms to first sync after idle unload`],
        ["GET /api/boards/:id", `${httpMs} ms, ${kb(httpBytes)} KB JSON`],
        ["server RSS", `${mb(rss0)} MB → ${mb(rssLoaded)} MB with the board loaded`],
        [
          "throttled page",
          `first card painted ${page.firstCardMs} ms (seen by polling ${page.polledCardMs} ms), answers input ${page.interactiveMs} ms, whole board ${page.wholeBoardMs === null ? "not within 60 s" : `${page.wholeBoardMs} ms`}, ${kb(page.transferredBytes)} KB over the wire`,
        ],
      ],
      budgets: [
        {
          what: `first idea card of a ${count}-idea board (4× CPU, slow 3G)`,
          limit: "≤ 2000 ms",
          value: `${page.firstCardMs} ms`,
          met: mode.quick ? null : page.firstCardMs <= 2000,
        },
      ],
      data: { count, cold, warm, snapshot, httpMs, httpBytes, rss0, rssLoaded, page },
    };
  } finally {
    await quer.stop();
  }
};
