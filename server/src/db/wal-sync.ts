import { closeSync, fdatasync, fdatasyncSync, openSync } from "node:fs";
import type { Sqlite } from "./open.ts";

interface Waiter {
  upTo: number;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Durable commits without blocking the event loop on the disk. A busy path commits with
 * `synchronous = NORMAL`, so the commit only hands its pages to the WAL file (tens of
 * microseconds), and then waits for `durable()`: one fdatasync of the WAL file, run on
 * libuv's thread pool, makes every commit before it durable — exactly what
 * `synchronous = FULL` does inside the commit, but while the loop goes on serving. The
 * commits made while one sync runs share the next one.
 *
 * Whoever uses `commitLazily` must not show its result to anyone (answer, relay) before
 * `durable()` resolves; reads that could see such a commit wait for it too.
 */
export class WalSync {
  private readonly fd: number | null;
  private commits = 0;
  private syncedUpTo = 0;
  private syncing = false;
  private syncCount = 0;
  private waiters: Waiter[] = [];
  /** Told how long each sync run off the loop took, in seconds (the metrics). */
  onSync: ((seconds: number) => void) | null = null;
  private readonly lazy;
  private readonly full;

  constructor(
    private readonly sqlite: Sqlite,
    walFile: string,
  ) {
    this.lazy = sqlite.prepare("PRAGMA synchronous = NORMAL");
    this.full = sqlite.prepare("PRAGMA synchronous = FULL");
    this.fd = openWal(walFile);
  }

  /** Whether commits can leave their fsync to `durable()` (the WAL file is open). */
  get active(): boolean {
    return this.fd !== null;
  }

  /** fdatasyncs run so far; several waiting commits share one. */
  get syncs(): number {
    return this.syncCount;
  }

  /** Commits not yet known to be on disk. */
  get pending(): boolean {
    return this.syncedUpTo < this.commits;
  }

  /** Runs `commit` (one whole transaction); its fsync is left to `durable()`. */
  commitLazily<T>(commit: () => T): T {
    // Without the WAL file at hand, every commit syncs itself, as everywhere else.
    if (this.fd === null || this.sqlite.inTransaction) return commit();
    this.lazy.run();
    try {
      const result = commit();
      this.commits += 1;
      return result;
    } finally {
      this.full.run();
    }
  }

  /** Resolves once every commit made so far is on disk; rejects if the disk refuses. */
  durable(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.waiters.push({ upTo: this.commits, resolve, reject });
      this.startSync();
    });
  }

  /** Syncs what is pending before the database closes. */
  close(): void {
    if (this.fd === null) return;
    if (this.pending) {
      fdatasyncSync(this.fd);
      this.syncCount += 1;
      this.settle(this.commits);
    }
    closeSync(this.fd);
  }

  private startSync(): void {
    if (this.syncing || this.fd === null || this.waiters.length === 0) return;
    this.syncing = true;
    this.syncCount += 1;
    const upTo = this.commits;
    const started = performance.now();
    fdatasync(this.fd, (error) => {
      this.syncing = false;
      this.onSync?.((performance.now() - started) / 1000);
      if (error) {
        // Nothing waiting may be shown as saved; the next `durable()` tries again.
        const failed = this.waiters;
        this.waiters = [];
        for (const w of failed) w.reject(error);
        return;
      }
      this.settle(upTo);
      this.startSync();
    });
  }

  private settle(upTo: number): void {
    this.syncedUpTo = Math.max(this.syncedUpTo, upTo);
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.upTo <= this.syncedUpTo) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }
}

/**
 * SQLite creates the WAL file with the first read in WAL mode and removes it only when
 * the last connection closes, so while the server runs it is the same file.
 */
function openWal(walFile: string): number | null {
  try {
    return openSync(walFile, "r");
  } catch {
    return null;
  }
}
