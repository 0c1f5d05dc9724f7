import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { waitFor } from "./sync-clients.ts";

/** What a client sees when the server's end vanishes without a close frame. */
export const ABNORMAL_CLOSURE = 1006;
const root = fileURLToPath(new URL("../../../", import.meta.url));

/** Killed by a signal, a process has no exit code, only a signal code. */
export const gone = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (gone(child) ? resolve() : child.once("exit", () => resolve())));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * `pnpm start` as a child process, so a test can SIGKILL it; resolves once /api/health
 * answers. The caller keeps the process to kill it in afterAll.
 */
export async function startChild(url: string, port: number, dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: url, QUER_LOG: "silent" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  return answering(child, url, 20_000);
}

/**
 * Resolves with the child once `url` answers /api/health; kills it and rejects, with
 * what it wrote to stderr, when it exits first or does not answer in time.
 */
export async function answering(child: ChildProcess, url: string, timeoutMs: number): Promise<ChildProcess> {
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  try {
    await waitFor(
      async () => {
        if (gone(child)) throw new Error(`server exited: ${stderr}`);
        const res = await fetch(`${url}/api/health`).catch(() => null);
        return res?.status === 200;
      },
      "the server to answer /api/health",
      timeoutMs,
    );
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  return child;
}
