import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("../../../", import.meta.url).pathname;

/**
 * `pnpm quer …` on `dataDir`, as a child process; rejects with `code`, `stdout` and
 * `stderr` when it exits non-zero.
 */
export function quer(dataDir: string, ...args: string[]) {
  return querWith({ DATA_DIR: dataDir }, ...args);
}

/** `pnpm quer …` with `env` over this process's environment (PUBLIC_URL, QUER_LANG unset unless given). */
export function querWith(env: Record<string, string>, ...args: string[]) {
  const { PUBLIC_URL: _url, QUER_LANG: _lang, ...inherited } = process.env;
  return run(process.execPath, ["--import", "tsx", "server/src/cli/quer.ts", ...args], {
    cwd: root,
    env: { ...inherited, ...env },
  });
}
