import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, expect, it } from "vitest";
import { DB_FILE } from "./db/open.ts";
import { exited, freePort, gone } from "./testing/child-server.ts";
import { tempDataDir } from "./testing/harness.ts";
import { waitFor } from "./testing/sync-clients.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(async () => {
  if (child && !gone(child)) child.kill("SIGKILL");
  if (child) await exited(child);
  if (dir) rmSync(dir, { recursive: true, force: true });
  child = undefined;
  dir = undefined;
});

it("a SIGTERM while the server starts stops it in order: exit 0, no WAL left", {
  timeout: 60_000,
}, async () => {
  dir = tempDataDir();
  const file = join(dir, DB_FILE);
  const port = await freePort();
  const started = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dir,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      QUER_LOG: "silent",
    },
    stdio: ["ignore", "ignore", "ignore"],
  });
  child = started;
  // The database file appears once the start has begun opening it: the signal comes
  // while migrations, the first run and the background thread are still under way.
  await waitFor(() => existsSync(file) || gone(started), "the database file", 30_000);
  started.kill("SIGTERM");
  await exited(started);
  expect({ code: started.exitCode, signal: started.signalCode }).toEqual({ code: 0, signal: null });
  expect(existsSync(`${file}-wal`)).toBe(false);
});
