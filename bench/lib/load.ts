import { monitorEventLoopDelay } from "node:perf_hooks";
import { cpuTimes, rssBytes, SelfCpu } from "./proc.ts";
import { fullClient, thinReceiver, type Watcher } from "./receivers.ts";
import { round, sleep } from "./stats.ts";
import type { LoadTarget } from "./targets.ts";
import { Tracker } from "./tracker.ts";

/** Full providers per round: a few real clients beside the thin ones, as a sanity check. */
const FULL_CLIENTS = 4;
/** Connections opened at once; a whole room arriving in one instant is not what we measure. */
const CONNECT_BATCH = 50;

/** Post markers are unique across rounds, so an old title is never taken for a new one. */
let nextSeq = 0;

/** Opens `count` watchers on a document (a few full providers, the rest thin). */
export async function openWatchers(
  url: string,
  docName: string,
  count: number,
  tracker: Tracker,
  opts: { origin?: string; full?: number } = {},
): Promise<Watcher[]> {
  const watchers: Watcher[] = [];
  const full = Math.min(count, opts.full ?? FULL_CLIENTS);
  for (let i = 0; i < count; i += CONNECT_BATCH) {
    const batch: Watcher[] = [];
    for (let j = i; j < Math.min(count, i + CONNECT_BATCH); j++) {
      const see = tracker.receiver();
      batch.push(j < full ? fullClient(url, docName, see, opts) : thinReceiver(url, docName, see, opts));
    }
    await withTimeout(Promise.all(batch.map((w) => w.synced)), 30_000, "watchers to sync");
    watchers.push(...batch);
  }
  return watchers;
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadShape {
  clients: number;
  postsPerSec: number;
  votesPerSec: number;
  seconds: number;
}

export interface RoundResult {
  target: "quer" | "relay";
  /** Per change: ms from the answer (relay: from sending) until the last watcher saw it. */
  samples: number[];
  /** Per change: ms from sending the command until the last watcher saw it. */
  fromRequest: number[];
  changes: number;
  missing: number;
  failed: number;
  /** Each change counted once per receiver that saw it. */
  delivered: number;
  frames: number;
  serverCpuS: number;
  /** The part of `serverCpuS` spent in the kernel (socket writes, fsync). */
  serverSysS: number;
  serverRssMb: number;
  loadCpuShare: number;
  loopLagP99Ms: number;
  loopLagMaxMs: number;
}

/**
 * One round: watchers connect, the load runs for `seconds` at a steady rate (posts and
 * votes spread evenly), then the round waits until every change reached every watcher
 * (or a deadline). The server's CPU is read around exactly that window.
 */
export async function runRound(target: LoadTarget, shape: LoadShape): Promise<RoundResult> {
  const tracker = new Tracker(shape.clients);
  const watchers = await openWatchers(target.url, target.docName, shape.clients, tracker);
  try {
    await target.startRound();
    await sleep(300);
    tracker.arm();
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const self = new SelfCpu();
    const cpu0 = cpuTimes(target.pid);
    let peakRss = rssBytes(target.pid);
    let failed = 0;
    const inflight = new Set<Promise<void>>();
    const track = (p: Promise<void>) => {
      inflight.add(p);
      void p.finally(() => inflight.delete(p));
    };
    /** Records an answered command under its key, or counts it as failed. */
    const settle = <T>(p: Promise<T>, keyOf: (value: T) => string | null, req: number): Promise<void> =>
      p.then(
        (value) => {
          const key = keyOf(value);
          if (key) tracker.made(key, req, performance.now());
          else failed += 1;
        },
        () => {
          failed += 1;
        },
      );
    const t0 = performance.now();
    let posts = 0;
    let votes = 0;
    let lastRssAt = t0;
    const end = t0 + shape.seconds * 1000;
    while (performance.now() < end) {
      const elapsed = (performance.now() - t0) / 1000;
      while (posts < Math.floor(elapsed * shape.postsPerSec)) {
        posts += 1;
        const seq = nextSeq++;
        const req = performance.now();
        track(settle(target.post(seq), (ok) => (ok ? `p${seq}` : null), req));
      }
      while (votes < Math.floor(elapsed * shape.votesPerSec)) {
        votes += 1;
        const req = performance.now();
        track(settle(target.vote(), (n) => (n !== null ? `v${n}` : null), req));
      }
      if (performance.now() - lastRssAt > 1000) {
        peakRss = Math.max(peakRss, rssBytes(target.pid));
        lastRssAt = performance.now();
      }
      await sleep(5);
    }
    await withTimeout(Promise.all([...inflight]), 30_000, "commands to finish").catch(() => {});
    const drainUntil = performance.now() + 5000;
    while (!tracker.complete() && performance.now() < drainUntil) await sleep(20);
    const cpu1 = cpuTimes(target.pid);
    const serverSysS = cpu1.system - cpu0.system;
    const serverCpuS = cpu1.user + serverSysS - cpu0.user;
    peakRss = Math.max(peakRss, rssBytes(target.pid));
    const loadCpuShare = self.shareOfCore();
    lag.disable();
    const result = tracker.result();
    return {
      target: target.kind,
      samples: result.fromResponse,
      fromRequest: result.fromRequest,
      changes: result.made,
      missing: result.missing,
      failed,
      delivered: tracker.delivered,
      frames: tracker.frames,
      serverCpuS: round(serverCpuS, 2),
      serverSysS: round(serverSysS, 2),
      serverRssMb: round(peakRss / 1048576, 1),
      loadCpuShare: round(loadCpuShare, 2),
      loopLagP99Ms: round(lag.percentile(99) / 1e6, 1),
      loopLagMaxMs: round(lag.max / 1e6, 1),
    };
  } finally {
    for (const w of watchers) w.close();
  }
}
