import { openWatchers, withTimeout } from "./load.ts";
import { type CpuWindow, cpuWindow, type StepOutcome } from "./ramp.ts";
import type { Watcher } from "./receivers.ts";
import { sleep } from "./stats.ts";
import type { LoadTarget } from "./targets.ts";
import { Tracker } from "./tracker.ts";

/**
 * Many boards at once, each with its own watchers and its own stream of posts and votes
 * (the fan-out round of `load.ts`, spread over boards). One loop sends every board's
 * commands, each board's offset by a fraction of a period so they do not all fire in the
 * same millisecond. Latency is command sent → seen by every watcher of that board.
 */
export interface BoardsShape {
  watchersEach: number;
  /** Full y-websocket providers among the first board's watchers (the rest are thin). */
  full: number;
  postsPerSecEach: number;
  votesPerSecEach: number;
  seconds: number;
}

/** Boards opened side by side while connecting; more only queue in the server's accept. */
const OPEN_AT_ONCE = 8;
/** Post markers stay unique across steps, so an old title is never taken for a new one. */
let nextSeq = 0;

export async function boardsRound(
  targets: LoadTarget[],
  serverPid: number,
  shape: BoardsShape,
): Promise<StepOutcome> {
  const trackers = targets.map(() => new Tracker(shape.watchersEach));
  const watchers: Watcher[] = [];
  try {
    for (let i = 0; i < targets.length; i += OPEN_AT_ONCE) {
      const opened = await Promise.all(
        targets.slice(i, i + OPEN_AT_ONCE).map((t, j) =>
          openWatchers(t.url, t.docName, shape.watchersEach, trackers[i + j] as Tracker, {
            full: i + j === 0 ? shape.full : 0,
          }),
        ),
      );
      watchers.push(...opened.flat());
    }
    for (let i = 0; i < targets.length; i += OPEN_AT_ONCE) {
      await Promise.all(targets.slice(i, i + OPEN_AT_ONCE).map((t) => t.startRound()));
    }
    await sleep(300);
    for (const t of trackers) t.arm();
    const window = cpuWindow(serverPid);
    let failed = 0;
    const inflight = new Set<Promise<void>>();
    const send = <T>(p: Promise<T>, tracker: Tracker, keyOf: (v: T) => string | null, req: number) => {
      const settled = p.then(
        (v) => {
          const key = keyOf(v);
          if (key) tracker.made(key, req, performance.now());
          else failed += 1;
        },
        () => {
          failed += 1;
        },
      );
      inflight.add(settled);
      void settled.finally(() => inflight.delete(settled));
    };
    const n = targets.length;
    const posts = new Array<number>(n).fill(0);
    const votes = new Array<number>(n).fill(0);
    const t0 = performance.now();
    const end = t0 + shape.seconds * 1000;
    while (performance.now() < end) {
      const elapsed = (performance.now() - t0) / 1000;
      for (let i = 0; i < n; i++) {
        const target = targets[i] as LoadTarget;
        const tracker = trackers[i] as Tracker;
        const phase = i / n;
        while ((posts[i] ?? 0) < Math.floor(elapsed * shape.postsPerSecEach + phase)) {
          posts[i] = (posts[i] ?? 0) + 1;
          const s = nextSeq++;
          send(target.post(s), tracker, (ok) => (ok ? `p${s}` : null), performance.now());
        }
        while ((votes[i] ?? 0) < Math.floor(elapsed * shape.votesPerSecEach + phase)) {
          votes[i] = (votes[i] ?? 0) + 1;
          send(target.vote(), tracker, (v) => (v !== null ? `v${v}` : null), performance.now());
        }
      }
      await sleep(5);
    }
    await withTimeout(Promise.all([...inflight]), 30_000, "commands to finish").catch(() => {});
    const drainUntil = performance.now() + 5000;
    while (!trackers.every((t) => t.complete()) && performance.now() < drainUntil) await sleep(20);
    const cpu: CpuWindow = window.end();
    const results = trackers.map((t) => t.result());
    const made = results.reduce((a, r) => a + r.made, 0);
    return {
      samples: results.flatMap((r) => r.fromRequest),
      made: made + failed,
      lost: results.reduce((a, r) => a + r.missing, 0) + failed,
      achieved: made / shape.seconds,
      cpu,
    };
  } finally {
    for (const w of watchers) w.close();
  }
}
