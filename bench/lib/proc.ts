import { readdirSync, readFileSync } from "node:fs";

/**
 * What the kernel says about a process: CPU, memory and open handles. Read from /proc so
 * the server under test needs no hook of its own and is measured from outside.
 */

/** Clock ticks per second for utime/stime in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU the process has used so far, in seconds: in its own code, and in the kernel for it. */
export function cpuTimes(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may contain spaces; fields are counted after its ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { user: Number(fields[11]) / TICKS_PER_SECOND, system: Number(fields[12]) / TICKS_PER_SECOND };
}

/** User plus system CPU the process has used so far, in seconds. */
export function cpuSeconds(pid: number): number {
  const { user, system } = cpuTimes(pid);
  return user + system;
}

/** Resident set size in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Open file descriptors: sockets, the database, timers' eventfds — everything that can leak. */
export function handleCount(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}

/** CPU of this (the load) process over a window, as a share of one core. */
export class SelfCpu {
  private readonly start = process.cpuUsage();
  private readonly t0 = performance.now();

  shareOfCore(): number {
    const used = process.cpuUsage(this.start);
    const wallUs = (performance.now() - this.t0) * 1000;
    return wallUs > 0 ? (used.user + used.system) / wallUs : 0;
  }
}
