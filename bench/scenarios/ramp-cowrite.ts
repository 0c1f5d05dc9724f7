import * as Y from "yjs";
import { newDataDir, startQuer } from "../lib/child.ts";
import { openWatchers, withTimeout } from "../lib/load.ts";
import { cpuWindow, rampReport, runRamp, type StepOutcome } from "../lib/ramp.ts";
import { type FullClient, fullClient, type Watcher } from "../lib/receivers.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { sleep } from "../lib/stats.ts";
import { Tracker } from "../lib/tracker.ts";

/**
 * How many co-writing updates per second one machine stores and relays within 100 ms.
 * Co-writing happens in small groups: each idea has 4 writers (full y-websocket
 * providers, each typing 5 characters a second, every character its own update, as an
 * editor sends them) and 6 readers. A step writes that many ideas at once; latency is
 * keystroke sent → seen by every reader of that idea. Quer stores every update (one group
 * commit per event-loop turn, synced off the loop) before it relays it.
 */
const WRITERS = 4;
const READERS = 6;
const CHARS_PER_SEC = 5;
const LETTERS = "abcdefghijklmnopqrstuvwxyz ";

async function typeStep(url: string, pid: number, ideas: string[], cookies: string[][], seconds: number) {
  const trackers = ideas.map(() => new Tracker(READERS));
  const readers: Watcher[] = [];
  const writers: { client: FullClient; tracker: Tracker }[] = [];
  try {
    for (const [i, id] of ideas.entries()) {
      const tracker = trackers[i] as Tracker;
      readers.push(...(await openWatchers(url, `idea:${id}`, READERS, tracker, { full: 0 })));
      for (const cookie of cookies[i] ?? []) {
        writers.push({ client: fullClient(url, `idea:${id}`, null, { cookie }), tracker });
      }
    }
    await withTimeout(Promise.all(writers.map((w) => w.client.synced)), 60_000, "writers to sync");
    await sleep(300);
    for (const t of trackers) t.arm();
    const window = cpuWindow(pid);
    const typed = new Array<number>(writers.length).fill(0);
    const t0 = performance.now();
    const end = t0 + seconds * 1000;
    while (performance.now() < end) {
      const elapsed = (performance.now() - t0) / 1000;
      writers.forEach(({ client, tracker }, i) => {
        // Writers start staggered across the first second, like people do.
        const due = Math.floor((elapsed + i / writers.length) * CHARS_PER_SEC);
        while ((typed[i] ?? 0) < due) {
          typed[i] = (typed[i] ?? 0) + 1;
          const text = client.doc.getText("body");
          const clock = Y.getState(client.doc.store, client.doc.clientID);
          const at = performance.now();
          // The provider sends on the update event, synchronously: this is "sent".
          text.insert(
            Math.floor(Math.random() * (text.length + 1)),
            LETTERS[(i + (typed[i] ?? 0)) % LETTERS.length] ?? "a",
          );
          tracker.made(`c${client.doc.clientID}:${clock}`, at, at);
        }
      });
      await sleep(5);
    }
    const drainUntil = performance.now() + 5000;
    while (!trackers.every((t) => t.complete()) && performance.now() < drainUntil) await sleep(20);
    const cpu = window.end();
    const results = trackers.map((t) => t.result());
    const made = results.reduce((a, r) => a + r.made, 0);
    const outcome: StepOutcome = {
      samples: results.flatMap((r) => r.fromRequest),
      made,
      lost: results.reduce((a, r) => a + r.missing, 0),
      achieved: made / seconds,
      cpu,
    };
    return outcome;
  } finally {
    for (const w of writers) w.client.close();
    for (const r of readers) r.close();
  }
}

export const rampCowriteScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { steps: [1, 2, 4], seconds: 4 }
    : { steps: [1, 2, 4, 8, 12, 16, 24, 32, 48], seconds: 10 };
  const top = Math.max(...shape.steps);
  // Up to 4 writers per idea, each a y-websocket provider with its own exit listener.
  process.setMaxListeners(Math.max(process.getMaxListeners(), top * WRITERS + 20));
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boardId = seed.board("Gemeinsam schreiben, Rampe", { coWriting: true });
  const people = seed.residents(top * WRITERS, "Mitschreibende");
  const ideaIds = seed.ideas(boardId, top, people[0]?.id ?? null);
  seed.close();
  const cookies = ideaIds.map((_, i) => people.slice(i * WRITERS, (i + 1) * WRITERS).map((p) => p.cookie));
  const quer = await startQuer(dataDir, { QUER_MAX_SOCKETS: "100000" });
  try {
    const ramp = {
      unit: "ideas co-written at once",
      achievedUnit: "updates/s typed",
      measures: "keystroke sent → seen by every reader of its idea",
      shape:
        `per idea ${WRITERS} writers × ${CHARS_PER_SEC} chars/s (${WRITERS * CHARS_PER_SEC} updates/s) and ` +
        `${READERS} thin readers; ${shape.seconds} s a step`,
      steps: shape.steps,
      restMs: 2000,
      run: (n: number) => typeStep(quer.url, quer.pid, ideaIds.slice(0, n), cookies, shape.seconds),
    };
    return rampReport(ramp, await runRamp(ramp, quer.died));
  } finally {
    await quer.stop();
  }
};
