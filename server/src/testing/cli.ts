import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("../../../", import.meta.url).pathname;

/**
 * `pnpm quer …` on `dataDir`, as a child process; rejects with `code`, `stdout` and
 * `stderr` when it exits non-zero.
 */
export function quer(dataDir: string, ...args: string[]) {
  return run(process.execPath, ["--import", "tsx", "server/src/cli/quer.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir },
  });
}
