import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { answering, gone } from "./child-server.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export interface Standby {
  /** Starts the server in the waiting process; resolves once /api/health answers. */
  start(): Promise<ChildProcess>;
  /** Ends its process, started or not, if it still runs. */
  dispose(): void;
}

/**
 * A server process with its code loaded, waiting to start on `dataDir` and `port`
 * (`standby-main.ts`). Spawn it while the previous server still runs; `start()` once that
 * one is gone. The process is the server itself, so SIGKILL kills the server.
 */
export function standbyServer(
  url: string,
  port: number,
  dataDir: string,
  env: Record<string, string> = {},
): Standby {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/testing/standby-main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      ...env,
      DATA_DIR: dataDir,
      PORT: String(port),
      PUBLIC_URL: url,
      QUER_LOG: "silent",
    },
    stdio: ["pipe", "ignore", "pipe"],
  });
  // A parent that dies closes the pipe; the waiting process then leaves by itself.
  child.stdin?.on("error", () => undefined);
  return {
    start() {
      child.stdin?.write("start\n");
      // Includes loading the code if that is still under way on a busy machine.
      return answering(child, url, 60_000);
    },
    dispose() {
      if (!gone(child)) child.kill("SIGKILL");
    },
  };
}
