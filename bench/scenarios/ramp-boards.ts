import { newDataDir, startQuer } from "../lib/child.ts";
import { Http } from "../lib/http.ts";
import { boardsRound } from "../lib/many-boards.ts";
import { rampReport, runRamp } from "../lib/ramp.ts";
import type { Scenario } from "../lib/report.ts";
import { Seeder } from "../lib/seed.ts";
import { querTarget } from "../lib/targets.ts";

/**
 * How many boards one machine keeps open at once on an ordinary day: each board has 10
 * people looking at it, and each of them does something about every ten seconds (per
 * board 0.8 votes/s and 0.2 posts/s). Boards hold 100 ideas. A step opens that many
 * boards side by side and measures command sent → seen by every viewer of that board.
 */
export const rampBoardsScenario: Scenario = async (mode) => {
  const shape = mode.quick
    ? { viewers: 10, ideas: 50, steps: [5, 10], seconds: 4 }
    : { viewers: 10, ideas: 100, steps: [50, 100, 200, 400, 600, 800, 1000], seconds: 15 };
  const perBoard = { postsPerSecEach: 0.2, votesPerSecEach: 0.8 };
  const dataDir = newDataDir();
  const seed = new Seeder(dataDir);
  const [author] = seed.residents(1, "Autor");
  const top = Math.max(...shape.steps);
  const boardIds = Array.from({ length: top }, (_, i) => {
    const id = seed.board(`Brett ${i + 1}`);
    seed.ideas(id, shape.ideas, author?.id ?? null);
    return id;
  });
  const posters = seed.residents(20, "Schreibende");
  const voters = seed.residents(Math.ceil(perBoard.votesPerSecEach * shape.seconds) + 10, "Abstimmende");
  seed.close();
  // The shipped cap is 5 000 sockets; the ramp asks what the machine carries, not the cap.
  const quer = await startQuer(dataDir, { QUER_MAX_SOCKETS: "100000" });
  const http = new Http(quer.url, 256);
  try {
    const ramp = {
      unit: `boards × ${shape.viewers} viewers`,
      achievedUnit: "commands/s answered",
      measures: "command sent → seen by every viewer of its board",
      shape:
        `per board ${shape.viewers} thin viewers, ${perBoard.postsPerSecEach} posts/s + ${perBoard.votesPerSecEach} votes/s ` +
        `over HTTP, ${shape.ideas} ideas; ${shape.seconds} s a step`,
      steps: shape.steps,
      restMs: 2000,
      run: async (n: number) => {
        const targets = boardIds
          .slice(0, n)
          .map((boardId) => querTarget({ pid: quer.pid, url: quer.url, http, boardId, posters, voters }));
        return boardsRound(targets, quer.pid, {
          watchersEach: shape.viewers,
          full: 0,
          ...perBoard,
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
