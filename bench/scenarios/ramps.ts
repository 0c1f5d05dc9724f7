import type { Scenario } from "../lib/report.ts";
import { rampBoardsScenario } from "./ramp-boards.ts";
import { rampCowriteScenario } from "./ramp-cowrite.ts";
import { rampVotesScenario } from "./ramp-votes.ts";
import { rampWorkshopsScenario } from "./ramp-workshops.ts";

/**
 * The capacity ramps: minutes each, so they run with `--ramps` or when named in
 * `--only`, not in every `pnpm bench`.
 */
export const rampScenarios: [string, Scenario][] = [
  ["ramp-workshops", rampWorkshopsScenario],
  ["ramp-boards", rampBoardsScenario],
  ["ramp-votes", rampVotesScenario],
  ["ramp-cowrite", rampCowriteScenario],
];

export function wantsRamps(argv: string[], only: string[]): boolean {
  return argv.includes("--ramps") || only.some((name) => name.startsWith("ramp-"));
}
