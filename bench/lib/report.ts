/** The shape every scenario reports in, and the table printed at the end. */

export interface Budget {
  what: string;
  limit: string;
  value: string;
  /** null: reported but not judged (e.g. a quick run, where times mean little). */
  met: boolean | null;
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  error?: string;
  seconds: number;
  /** Human-readable lines for the table: label, value. */
  lines: [string, string][];
  budgets: Budget[];
  /** Everything measured, for latest.json. */
  data: Record<string, unknown>;
}

export interface Mode {
  quick: boolean;
  /** Also run the 500-participant fan-out. */
  stretch: boolean;
  /** Only these scenarios (by name); empty: all. */
  only: string[];
}

export type Scenario = (mode: Mode) => Promise<Omit<ScenarioResult, "name" | "ok" | "seconds">>;

const mark = (met: boolean | null) => (met === null ? "—" : met ? "met" : "MISSED");

export function printTable(results: ScenarioResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(`\n## ${r.name}  (${r.ok ? `${r.seconds.toFixed(0)} s` : `FAILED: ${r.error}`})`);
    const width = Math.max(10, ...r.lines.map(([l]) => l.length));
    for (const [label, value] of r.lines) out.push(`  ${label.padEnd(width)}  ${value}`);
    for (const b of r.budgets) {
      out.push(`  [${mark(b.met).padEnd(6)}] ${b.what}: ${b.value} (budget ${b.limit})`);
    }
  }
  const budgets = results.flatMap((r) => r.budgets);
  const met = budgets.filter((b) => b.met === true).length;
  const missed = budgets.filter((b) => b.met === false).length;
  out.push(`\nbudgets: ${met} met, ${missed} missed, ${budgets.length - met - missed} not judged`);
  return out.join("\n");
}
