import { monitorEventLoopDelay } from "node:perf_hooks";
import * as Y from "yjs";
import { type Child, newDataDir, startQuer, startRelay } from "../lib/child.ts";
import { DbPeek } from "../lib/db-peek.ts";
import { openWatchers, withTimeout } from "../lib/load.ts";
import { cpuSeconds, SelfCpu } from "../lib/proc.ts";
import { type FullClient, fullClient } from "../lib/receivers.ts";
import type { Budget, Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { kb, round, sleep, summarize } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

/**
 * Co-writing: writers type into one idea's text (each character its own update, as an
 * editor sends them) while readers follow. Quer stores every update before relaying it;
 * the relay just relays. Also reads, from the database, how many updates were persisted
 * and how big the document is before and after compaction.
 */

interface Shape {
  writers: number;
  readers: number;
  charsPerSec: number;
  seconds: number;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz ";

async function typeRound(
  target: { url: string; pid: number },
  docName: string,
  cookies: (string | undefined)[],
  shape: Shape,
) {
  const tracker = new Tracker(shape.readers);
  const watchers = await openWatchers(target.url, docName, shape.readers, tracker, { full: 0 });
  const writers: FullClient[] = cookies.map((cookie) =>
    fullClient(target.url, docName, null, cookie ? { cookie } : {}),
  );
  try {
    await withTimeout(Promise.all(writers.map((w) => w.synced)), 30_000, "writers to sync");
    await sleep(300);
    tracker.arm();
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    const self = new SelfCpu();
    const cpu0 = cpuSeconds(target.pid);
    const t0 = performance.now();
    const typed = new Array<number>(writers.length).fill(0);
    const end = t0 + shape.seconds * 1000;
    while (performance.now() < end) {
      const elapsed = (performance.now() - t0) / 1000;
      writers.forEach((w, i) => {
        // Writers start staggered across the first second, like people do.
        const due = Math.floor((elapsed + i / writers.length) * shape.charsPerSec);
        while ((typed[i] ?? 0) < due) {
          typed[i] = (typed[i] ?? 0) + 1;
          const text = w.doc.getText("body");
          const clock = Y.getState(w.doc.store, w.doc.clientID);
          const at = performance.now();
          // The provider sends on the update event, synchronously: this is "sent".
          text.insert(
            Math.floor(Math.random() * (text.length + 1)),
            LETTERS[(i + (typed[i] ?? 0)) % LETTERS.length] ?? "a",
          );
          tracker.made(`c${w.doc.clientID}:${clock}`, at, at);
        }
      });
      await sleep(5);
    }
    const drainUntil = performance.now() + 5000;
    while (!tracker.complete() && performance.now() < drainUntil) await sleep(20);
    const cpu = cpuSeconds(target.pid) - cpu0;
    lag.disable();
    const result = tracker.result();
    const s = summarize(result.fromRequest);
    return {
      latency: { p50: round(s.p50), p95: round(s.p95), p99: round(s.p99), max: round(s.max) },
      made: result.made,
      missing: result.missing,
      cpuUsPerDelivery: tracker.delivered > 0 ? round((cpu * 1e6) / tracker.delivered, 2) : 0,
      loadCpuShare: round(self.shareOfCore(), 2),
      loopLagP99Ms: round(lag.percentile(99) / 1e6, 1),
    };
  } finally {
    for (const w of writers) w.close();
    for (const w of watchers) w.close();
  }
}

export const cowriteScenario: Scenario = async (mode) => {
  const shape: Shape = mode.quick
    ? { writers: 5, readers: 40, charsPerSec: 5, seconds: 5 }
    : { writers: 20, readers: 200, charsPerSec: 5, seconds: 30 };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Gemeinsam schreiben", { coWriting: true });
  const writers = seed.residents(shape.writers, "Mitschreibende");
  const [ideaId] = seed.ideas(boardId, 1, writers[0]?.id ?? null);
  seed.close();
  const docName = `idea:${ideaId}`;
  const idleMs = 1500;
  const quer = await startQuer(dataDir, { QUER_DOC_IDLE_MS: String(idleMs) });
  let relay: Child | null = null;
  const peek = new DbPeek(dataDir);
  try {
    const appended0 = peek.updatesAppended();
    const q = await typeRound(
      quer,
      docName,
      writers.map((w) => w.cookie),
      shape,
    );
    const appended = peek.updatesAppended() - appended0;
    const before = peek.docSize(docName);
    // Everyone has left: after the idle time the document is compacted and unloaded.
    await sleep(idleMs + 2000);
    const after = peek.docSize(docName);
    relay = await startRelay();
    const r = await typeRound(
      relay,
      docName,
      writers.map(() => undefined),
      shape,
    );
    const ratio = r.latency.p99 > 0 ? round(q.latency.p99 / r.latency.p99, 2) : 0;
    const judged = !mode.quick;
    const budgets: Budget[] = [
      {
        what: "co-writing p99 vs relay",
        limit: "≤ 1.3×",
        value: `${ratio}×`,
        met: judged ? ratio <= 1.3 : null,
      },
    ];
    if (q.missing > 0)
      budgets.push({
        what: "every keystroke reached every reader",
        limit: "0 missing",
        value: `${q.missing}`,
        met: false,
      });
    return {
      lines: [
        [
          "load",
          `${shape.writers} writers × ${shape.charsPerSec} chars/s, ${shape.readers} readers, ${shape.seconds} s`,
        ],
        [
          "quer",
          `p50 ${q.latency.p50} / p99 ${q.latency.p99} / max ${q.latency.max} ms; ${q.cpuUsPerDelivery} µs CPU per delivery; ${q.missing} missing`,
        ],
        [
          "relay",
          `p50 ${r.latency.p50} / p99 ${r.latency.p99} / max ${r.latency.max} ms; ${r.cpuUsPerDelivery} µs CPU per delivery`,
        ],
        ["persisted", `${round(appended / shape.seconds, 1)} updates/s (${appended} rows appended)`],
        [
          "doc size",
          `before compaction ${kb(before.snapshotBytes + before.updateBytes)} KB (${before.updates} updates), after ${kb(after.snapshotBytes + after.updateBytes)} KB (${after.updates} updates)`,
        ],
        [
          "load client",
          `≤ ${round(Math.max(q.loadCpuShare, r.loadCpuShare) * 100, 0)}% of a core, loop lag p99 ≤ ${Math.max(q.loopLagP99Ms, r.loopLagP99Ms)} ms`,
        ],
      ],
      budgets,
      data: { shape, quer: q, relay: r, appended, before, after },
    };
  } finally {
    peek.close();
    await quer.stop();
    await relay?.stop();
  }
};
