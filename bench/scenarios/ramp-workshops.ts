import { newDataDir, startQuer } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { boardsRound } from "../lib/many-boards.ts";
import { rampReport, runRamp } from "../lib/ramp.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { querTarget } from "../lib/targets.ts";

/**
 * How many workshops one machine carries at once. A workshop is the fan-out scenario's
 * load: 200 phones on one board, 10 posts/s and 100 votes/s (the dot-voting minutes of an
 * evening). Each step runs that many workshops side by side, each on a fresh board, and
 * measures command sent → seen by every phone of that workshop.
 */
export const rampWorkshopsScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { phones: 50, steps: [1, 2], seconds: 4, postsPerSec: 10, votesPerSec: 100 }
    : { phones: 200, steps: [1, 2, 3, 4, 5, 6, 8], seconds: 15, postsPerSec: 10, votesPerSec: 100 };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const boards = shape.steps.map((n, s) =>
    Array.from({ length: n }, (_, i) => seed.board(`Workshop ${i + 1}, Stufe ${s + 1}`)),
  );
  const posters = seed.residents(5, "Schreibende");
  // Every board's hot idea is new each step, so one list of voters serves every board.
  const voters = seed.residents(Math.ceil(shape.votesPerSec * shape.seconds * 1.1) + 10, "Abstimmende");
  seed.close();
  // The shipped cap is 5 000 sockets; the ramp asks what the machine carries, not the cap.
  const quer = await startQuer(dataDir, { QUER_MAX_SOCKETS: "100000", QUER_DOC_IDLE_MS: "5000" });
  const http = new Http(quer.url, 256);
  try {
    const ramp = {
      unit: `workshops of ${shape.phones} phones`,
      achievedUnit: "commands/s answered",
      measures: "command sent → seen by every phone of its workshop",
      shape:
        `per workshop ${shape.phones} phones (4 full providers on the first, the rest thin), ` +
        `${shape.postsPerSec} posts/s + ${shape.votesPerSec} votes/s over HTTP, ${shape.seconds} s a step`,
      steps: shape.steps,
      restMs: 2000,
      run: async (n: number) => {
        const ids = boards[shape.steps.indexOf(n)] ?? [];
        const targets = ids.map((boardId) =>
          querTarget({ pid: quer.pid, url: quer.url, http, boardId, posters, voters }),
        );
        return boardsRound(targets, quer.pid, {
          watchersEach: shape.phones,
          full: 4,
          postsPerSecEach: shape.postsPerSec,
          votesPerSecEach: shape.votesPerSec,
          seconds: shape.seconds,
        });
      },
    };
    return rampReport(ramp, await runRamp(ramp, quer.died));
  } finally {
    http.close();
    await quer.stop();
  }
};
