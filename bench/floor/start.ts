import { spawn } from "node:child_process";
import { type Child, freePort, ROOT, startFlags } from "../lib/child.ts";
import { sleep } from "../lib/stats.ts";

/**
 * A yardstick server (a script of this folder) in its own process, like the relay, with
 * the node flags Quer runs with so that only the code differs.
 */
export async function startYardstick(script: string, env: Record<string, string> = {}): Promise<Child> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...startFlags(), "--import", "tsx", `bench/floor/${script}`], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      PUBLIC_URL: url,
      QUER_LOG: "silent",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let ready = false;
  let stderr = "";
  child.stdout?.on("data", (d: Buffer) => {
    if (d.toString().includes("floor ready")) ready = true;
  });
  child.stderr?.on("data", (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const deadline = Date.now() + 30_000;
  while (!ready) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${script} did not start: ${stderr}`);
    }
    await sleep(50);
  }
  const died = () => (child.exitCode === null ? null : `exited with ${child.exitCode}: ${stderr}`);
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise<void>((r) => child.once("exit", () => r()));
    child.kill("SIGTERM");
    await Promise.race([exited, sleep(5000)]);
    if (child.exitCode === null) child.kill("SIGKILL");
  };
  return { pid: child.pid ?? 0, url, port, died, stop };
}
