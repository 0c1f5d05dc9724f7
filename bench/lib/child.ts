import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sleep } from "./stats.ts";

/** The repository root: children run from it so `tsx` and the workspace resolve as in `pnpm start`. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** A free loopback port, picked by the kernel and released again for the child to bind. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Child {
  pid: number;
  url: string;
  port: number;
  /** Null while running; otherwise how it ended and the last of its stderr. */
  died(): string | null;
  stop(): Promise<void>;
}

/** Extra node flags for the Quer and relay children (`--profile` on the bench adds --cpu-prof). */
export const childFlags: string[] = [];

/**
 * The node flags of `pnpm start` (the root package.json's start script, between `node`
 * and the script), so the bench measures Quer with the runtime settings it ships with.
 */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { scripts: { start: string } };
  // `exec` lets pnpm signal node itself; the flags are what follows `node`.
  const words = pkg.scripts.start
    .trim()
    .split(/\s+/)
    .filter((w, i) => !(i === 0 && w === "exec"));
  if (words[0] !== "node") throw new Error(`the start script does not run node: ${pkg.scripts.start}`);
  return words.slice(1, -1).filter((w) => w !== "--import" && w !== "tsx");
}

function spawnNode(script: string, env: Record<string, string>, flags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...flags, "--import", "tsx", script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Waits until `ready` answers true or the child dies; fails after the timeout. */
/** Keeps the tail of a child's stderr, to say why it died. */
function stderrTail(child: ChildProcess): () => string {
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  return () => stderr;
}

function deathOf(child: ChildProcess, stderr: () => string): () => string | null {
  return () =>
    child.exitCode === null && child.signalCode === null
      ? null
      : `exited with ${child.exitCode ?? child.signalCode}: ${stderr().trim().slice(-1500)}`;
}

async function waitReady(child: ChildProcess, ready: () => Promise<boolean>, what: string): Promise<void> {
  const stderr = stderrTail(child);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}: ${stderr()}`);
    if (await ready().catch(() => false)) return;
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`${what} did not become ready: ${stderr()}`);
}

function stopper(child: ChildProcess, cleanup: () => void): () => Promise<void> {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      // A clean stop compacts every document; a wedged child is not waited on for ever.
      await Promise.race([exited, sleep(15_000)]);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    cleanup();
  };
}

export interface QuerChild extends Child {
  dataDir: string;
}

/** A fresh data folder; seed it before starting the server on it. */
export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), "quer-bench-"));
}

/**
 * Quer as `pnpm start` runs it, in its own process so its CPU and memory are its own.
 * The data folder is removed on stop.
 */
export async function startQuer(dataDir: string, env: Record<string, string> = {}): Promise<QuerChild> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnNode(
    "server/src/main.ts",
    {
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      QUER_LOG: "silent",
      // The load client speaks for a few hundred people at machine speed; the per-person
      // write limit would measure the limiter, not the server.
      QUER_WRITES_PER_MINUTE: "1000000",
      // All of its anonymous readers come from this one address, up to 500 at once.
      QUER_MAX_ANONYMOUS_SOCKETS_PER_ADDRESS: "100000",
      ...env,
    },
    [...startFlags(), ...childFlags],
  );
  child.stdout?.resume();
  const stderr = stderrTail(child);
  await waitReady(child, async () => (await fetch(`${url}/api/health`)).ok, "Quer");
  return {
    pid: child.pid ?? 0,
    url,
    port,
    dataDir,
    died: deathOf(child, stderr),
    stop: stopper(child, () => rmSync(dataDir, { recursive: true, force: true })),
  };
}

/** The bare y-protocols relay (bench/relay/main.ts), the yardstick. */
export async function startRelay(): Promise<Child> {
  const port = await freePort();
  const child = spawnNode("bench/relay/main.ts", { PORT: String(port) }, childFlags);
  let ready = false;
  child.stdout?.on("data", (d: Buffer) => {
    if (d.toString().includes("relay ready")) ready = true;
  });
  const stderr = stderrTail(child);
  await waitReady(child, async () => ready, "relay");
  return {
    pid: child.pid ?? 0,
    url: `http://127.0.0.1:${port}`,
    port,
    died: deathOf(child, stderr),
    stop: stopper(child, () => {}),
  };
}
