import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { childFlags, ROOT } from "./lib/child.ts";
import { type Mode, printTable, type Scenario, type ScenarioResult } from "./lib/report.ts";
import { capacityScenario } from "./scenarios/capacity.ts";
import { coldStartScenario } from "./scenarios/cold-start.ts";
import { cowriteScenario } from "./scenarios/cowrite.ts";
import { fanoutScenario } from "./scenarios/fanout.ts";
import { floorScenario } from "./scenarios/floor.ts";
import { rampScenarios, wantsRamps } from "./scenarios/ramps.ts";
import { soakScenario } from "./scenarios/soak.ts";
import { votesScenario } from "./scenarios/votes.ts";
import { weightScenario } from "./scenarios/weight.ts";

/**
 * `pnpm bench [--quick] [--stretch] [--profile] [--ramps] [--only name,name]`: every scenario in one
 * process tree on loopback, one after another (never side by side: they would measure
 * each other). Exits non-zero only when a scenario could not run; a missed budget is a
 * finding, reported in the table and in bench/results/latest.json.
 */
// Every y-websocket provider registers a process "exit" listener; 20 writers are expected.
process.setMaxListeners(100);
const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
const mode: Mode = {
  quick: argv.includes("--quick"),
  stretch: argv.includes("--stretch"),
  only: onlyArg ? onlyArg.split(",") : [],
};
if (argv.includes("--profile")) {
  childFlags.push("--cpu-prof", `--cpu-prof-dir=${ROOT}bench/results/profiles`);
}

const scenarios: [string, Scenario][] = [
  ["weight", weightScenario],
  ["fanout-200", fanoutScenario(200)],
  ...(mode.stretch && !mode.quick ? [["fanout-500", fanoutScenario(500)] as [string, Scenario]] : []),
  ["cowrite", cowriteScenario],
  ["votes", votesScenario],
  ["floor", floorScenario],
  ["cold-start", coldStartScenario],
  ["capacity", capacityScenario],
  ["soak", soakScenario],
  ...(wantsRamps(argv, mode.only) ? rampScenarios : []),
];

const unknown = mode.only.filter((name) => !scenarios.some(([known]) => known === name));
if (unknown.length > 0) {
  const known = scenarios.map(([name]) => name).join(", ");
  console.error(`unknown scenario ${unknown.join(", ")}; known: ${known}`);
  process.exit(2);
}

const results: ScenarioResult[] = [];
const started = Date.now();
for (const [name, scenario] of scenarios) {
  if (mode.only.length > 0 && !mode.only.includes(name)) continue;
  const t0 = Date.now();
  process.stdout.write(`running ${name}…\n`);
  try {
    const r = await scenario(mode);
    results.push({ name, ok: true, seconds: (Date.now() - t0) / 1000, ...r });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.push({
      name,
      ok: false,
      error: message,
      seconds: (Date.now() - t0) / 1000,
      lines: [],
      budgets: [],
      data: {},
    });
  }
}

const table = printTable(results);
console.log(table);
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(
  `${ROOT}bench/results/latest.json`,
  `${JSON.stringify(
    {
      at: new Date().toISOString(),
      mode,
      machine: { cpus: cpus().length, node: process.version },
      seconds: Math.round((Date.now() - started) / 1000),
      results,
    },
    null,
    2,
  )}\n`,
);
console.log(`\nwrote bench/results/latest.json (${Math.round((Date.now() - started) / 1000)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
