import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { cpuSeconds, rssBytes, SelfCpu } from "./proc.ts";
import type { Scenario } from "./report.ts";
import { round, sleep, summarize } from "./stats.ts";

/**
 * Ramps: raise one kind of load step by step against one Quer child and find the last
 * step whose p95 stays under a limit. The load client shares the machine's cores with
 * the server, and the machine may be shared with other work, so every step also says
 * where the CPU went: the server, the load client, and everything else on the host.
 */

/** A step is over the line when its p95 passes this. */
export const P95_LIMIT_MS = 100;
/** A step that lost more than this share of its changes is over the line too. */
const LOST_LIMIT = 0.01;

/** Busy CPU of the whole host, from /proc/stat, in cores (2 cores fully busy: 2). */
export class HostCpu {
  private readonly start = HostCpu.read();

  private static read(): { busy: number; total: number } {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    // idle and iowait: the CPU had nothing to run.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    return { busy: total - idle, total };
  }

  busyCores(): number {
    const now = HostCpu.read();
    const total = now.total - this.start.total;
    return total > 0 ? ((now.busy - this.start.busy) / total) * cpus().length : 0;
  }
}

export interface CpuWindow {
  /** Cores the server used (its worker thread included). */
  serverCores: number;
  /** Cores the load client used (this process). */
  loadCores: number;
  /** Cores busy on the whole host. */
  hostCores: number;
  /** Host minus server minus load client: other work on the machine. */
  otherCores: number;
  loopLagP99Ms: number;
  serverRssMb: number;
}

/** Measures CPU from now until `end()`: the server's, this process's, and the host's. */
export function cpuWindow(serverPid: number): { end(): CpuWindow } {
  const t0 = performance.now();
  const server0 = cpuSeconds(serverPid);
  const self = new SelfCpu();
  const host = new HostCpu();
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  return {
    end() {
      const seconds = (performance.now() - t0) / 1000;
      const serverCores = seconds > 0 ? (cpuSeconds(serverPid) - server0) / seconds : 0;
      const loadCores = self.shareOfCore();
      const hostCores = host.busyCores();
      lag.disable();
      return {
        serverCores: round(serverCores, 2),
        loadCores: round(loadCores, 2),
        hostCores: round(hostCores, 2),
        otherCores: round(Math.max(0, hostCores - serverCores - loadCores), 2),
        loopLagP99Ms: round(lag.percentile(99) / 1e6, 1),
        serverRssMb: round(rssBytes(serverPid) / 1048576, 1),
      };
    },
  };
}

export interface StepOutcome {
  /** Per change or request, in ms: what the p95 is taken of. */
  samples: number[];
  /** Changes or requests made in the step. */
  made: number;
  /** Made but not seen by every receiver, or not answered 200. */
  lost: number;
  /** What the load reached, in the ramp's unit (e.g. votes answered per second). */
  achieved: number;
  cpu: CpuWindow;
}

export interface StepRow {
  /** The load asked for, in the ramp's unit. */
  load: number;
  achieved: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  made: number;
  lost: number;
  cpu: CpuWindow;
  under: boolean;
  /** The first run of this step was over the line; these are the second run's figures. */
  repeated: boolean;
}

export interface Ramp {
  /** What one step's load counts, e.g. "workshops of 200 phones". */
  unit: string;
  /** What `achieved` counts, e.g. "commands/s". */
  achievedUnit: string;
  /** What the latency is measured from and to. */
  measures: string;
  /** The load of each step, rising. */
  steps: number[];
  /** Pause between steps, so one step's backlog does not land in the next. */
  restMs: number;
  run(load: number): Promise<StepOutcome>;
  /** A sentence on the load's shape, for the report. */
  shape: string;
}

/** Runs steps until one is over the line; returns every step run. */
export async function runRamp(ramp: Ramp, died: () => string | null): Promise<StepRow[]> {
  const rows: StepRow[] = [];
  for (const load of ramp.steps) {
    let out = await ramp.run(load);
    const dead = died();
    if (dead) throw new Error(`server died at ${load} ${ramp.unit}: ${dead}`);
    let s = summarize(out.samples);
    const isUnder = (o: StepOutcome, p95: number, n: number) =>
      p95 <= P95_LIMIT_MS && o.lost <= o.made * LOST_LIMIT && n > 0;
    let under = isUnder(out, s.p95, s.n);
    let repeated = false;
    if (!under) {
      // On a shared machine one step can land in someone else's burst: a step over the
      // line is run once more and ends the ramp only if it is over again.
      process.stdout.write(`  ${load} ${ramp.unit}: p95 ${round(s.p95)} ms, over; once more\n`);
      await sleep(ramp.restMs);
      out = await ramp.run(load);
      s = summarize(out.samples);
      under = isUnder(out, s.p95, s.n);
      repeated = true;
    }
    const row: StepRow = {
      load,
      achieved: round(out.achieved, 1),
      p50: round(s.p50),
      p95: round(s.p95),
      p99: round(s.p99),
      max: round(s.max),
      made: out.made,
      lost: out.lost,
      cpu: out.cpu,
      under,
      repeated,
    };
    rows.push(row);
    process.stdout.write(
      `  ${load} ${ramp.unit}: p95 ${row.p95} ms, ${out.lost}/${out.made} lost; CPU server ${out.cpu.serverCores}, ` +
        `load client ${out.cpu.loadCores}, others ${out.cpu.otherCores} cores\n`,
    );
    if (!under) break;
    await sleep(ramp.restMs);
  }
  return rows;
}

const pct = (cores: number) => `${round(cores * 100, 0)}%`;

/** The table lines and data of a ramp, in the shape every scenario reports. */
export function rampReport(ramp: Ramp, rows: StepRow[]): Awaited<ReturnType<Scenario>> {
  const last = [...rows].reverse().find((r) => r.under) ?? null;
  const over = rows.find((r) => !r.under) ?? null;
  const lines: [string, string][] = [
    ["load", ramp.shape],
    ["measured", `p95 of ${ramp.measures}; a step is over the line past ${P95_LIMIT_MS} ms or 1 % lost`],
  ];
  for (const r of rows) {
    lines.push([
      `${r.load} ${ramp.unit}`,
      `${r.under ? "" : "OVER: "}${r.repeated ? "(second run) " : ""}p50 ${r.p50} / p95 ${r.p95} / p99 ${r.p99} ms, ${r.lost}/${r.made} lost, ` +
        `${r.achieved} ${ramp.achievedUnit}; CPU server ${pct(r.cpu.serverCores)}, load client ${pct(r.cpu.loadCores)}, ` +
        `others ${pct(r.cpu.otherCores)} of a core; server RSS ${r.cpu.serverRssMb} MB`,
    ]);
  }
  lines.push([
    "last step under",
    last
      ? `${last.load} ${ramp.unit} (p95 ${last.p95} ms)${over ? `; over at ${over.load}` : "; the ramp's top step, not the limit"}`
      : `none: the first step was over (p95 ${rows[0]?.p95 ?? "?"} ms)`,
  ]);
  return {
    lines,
    // A capacity is a finding about this machine, not a budget the code can miss.
    budgets: [
      {
        what: `${ramp.unit} with p95 ≤ ${P95_LIMIT_MS} ms`,
        limit: "reported, not judged",
        value: last ? String(last.load) : "none",
        met: null,
      },
    ],
    data: {
      unit: ramp.unit,
      measures: ramp.measures,
      shape: ramp.shape,
      lastUnder: last?.load ?? null,
      rows,
    },
  };
}
