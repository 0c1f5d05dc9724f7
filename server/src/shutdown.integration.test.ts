import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { DB_FILE } from "./db/open.ts";
import { exited, freePort, gone } from "./testing/child-server.ts";
import { Person, tempDataDir } from "./testing/harness.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const running: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const child of running.splice(0)) {
    if (!groupGone(child)) process.kill(-(child.pid as number), "SIGKILL");
    await exited(child);
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** pnpm itself: the one running this test if it is pnpm, else the one on PATH. */
function pnpm(args: string[]): [string, string[]] {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath, ...args]] : ["pnpm", args];
}

/** True once no process of the child's process group is left (pnpm, a shell, node). */
function groupGone(child: ChildProcess): boolean {
  return !alive(-(child.pid as number));
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The server's node process under pnpm (Linux's /proc): whatever sits between them, it is
 * the descendant whose program is node running `server/src/main.ts`.
 */
function serverPid(pnpmPid: number): number {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Gone meanwhile.
    }
  }
  const under = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p))
      if (p === pnpmPid) return true;
    return false;
  };
  for (const pid of parentOf.keys()) {
    if (!under(pid)) continue;
    const argv = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    if (/node$/.test(argv[0] ?? "") && argv.includes("server/src/main.ts")) return pid;
  }
  throw new Error("no server process under pnpm");
}

/** `pnpm start` in its own process group, as a terminal or a service manager runs it. */
async function pnpmStart(dataDir: string) {
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const [command, args] = pnpm(["start"]);
  const child = spawn(command, args, {
    cwd: root,
    detached: true,
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: url, QUER_LOG: "silent" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.push(child);
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line from pnpm start: ${output}`)), 45_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      if (output.includes("Quer läuft auf")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`pnpm start exited: ${output}`));
    });
  });
  return { child, url, output: () => output };
}

/** Something written through the API, and a live document open, as in a real evening. */
async function writeThrough(url: string): Promise<{ title: string; socket: WebSocket }> {
  const anna = Person.over({ url });
  await anna.register("Anna");
  const boardId = (await anna.call("GET", "/api/boards")).json.boards[0].id as string;
  const title = `Bänke am Spielplatz ${Math.random().toString(36).slice(2)}`;
  expect((await anna.call("POST", `/api/boards/${boardId}/ideas`, { title })).status).toBe(201);
  const socket = new WebSocket(`${url.replace(/^http/, "ws")}/sync/board:${boardId}`, {
    headers: { origin: url, cookie: anna.cookie },
  });
  socket.on("error", () => undefined);
  await new Promise<void>((resolve, reject) => {
    socket.once("open", () => resolve());
    socket.once("unexpected-response", () => reject(new Error("the board's socket was refused")));
  });
  return { title, socket };
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (gone(child)) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });
}

const cases: { who: string; signal: NodeJS.Signals; send: (child: ChildProcess) => void }[] = [
  { who: "pnpm alone", signal: "SIGTERM", send: (child) => child.kill("SIGTERM") },
  {
    who: "the whole process group (timeout, pkill, a service manager)",
    signal: "SIGTERM",
    send: (child) => process.kill(-(child.pid as number), "SIGTERM"),
  },
  {
    who: "the whole process group (Ctrl-C in a terminal)",
    signal: "SIGINT",
    send: (child) => process.kill(-(child.pid as number), "SIGINT"),
  },
];

describe("pnpm start, stopped by a signal", () => {
  for (const { who, signal, send } of cases) {
    it(`closes the database cleanly on ${signal} to ${who}`, { timeout: 90_000 }, async () => {
      const dataDir = tempDataDir();
      dirs.push(dataDir);
      const { child, url, output } = await pnpmStart(dataDir);
      const { title, socket } = await writeThrough(url);
      const file = join(dataDir, DB_FILE);
      expect(existsSync(`${file}-wal`)).toBe(true);

      const server = serverPid(child.pid as number);
      const exit = exitOf(child);
      send(child);
      expect(await exit, output()).toEqual({ code: 0, signal: null });
      // pnpm waited for the server: it is not left running, or still closing, behind it.
      expect(alive(server)).toBe(false);
      socket.terminate();
      expect(existsSync(`${file}-wal`)).toBe(false);
      expect(existsSync(`${file}-shm`)).toBe(false);

      const reopened = new Database(file, { fileMustExist: true });
      expect(reopened.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(reopened.prepare("select title from ideas where title = ?").get(title)).toEqual({ title });
      reopened.close();
    });
  }
});
