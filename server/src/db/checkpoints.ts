import type { Background } from "./background.ts";
import type { Sqlite } from "./open.ts";

/** SQLite's own automatic checkpoint, in WAL pages, used when the background thread is not. */
const INLINE_PAGES = 1000;
/** Left on as a safety net while the thread checkpoints: only reached if it falls far behind. */
const SAFETY_NET_PAGES = 16_000;

/**
 * Checkpoints on the background thread. SQLite's automatic checkpoint runs inside the
 * commit that crosses 1 000 WAL pages: it copies them into the database file and syncs
 * that, stopping the event loop for as long as the disk takes (over 100 ms seen in a
 * busy workshop). Here the main connection leaves that to the thread, which copies what
 * the WAL holds once a second when something was written.
 */
export class Checkpoints {
  private readonly totalChanges;
  private readonly timer: NodeJS.Timeout;
  private changesAtLast = -1;
  private running = false;
  private done = 0;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly background: Background,
    intervalMs = 1000,
  ) {
    this.totalChanges = sqlite.prepare<[], number>("select total_changes()").pluck();
    sqlite.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`);
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  /** Checkpoints the thread has completed. */
  get completed(): number {
    return this.done;
  }

  /** Runs one checkpoint now if anything was written since the last complete one. */
  async tick(): Promise<void> {
    if (this.running) return;
    if (this.background.failed) {
      this.inline();
      return;
    }
    const changes = this.totalChanges.get() ?? 0;
    if (changes === this.changesAtLast) return;
    this.running = true;
    try {
      const result = await this.background.checkpoint();
      // A checkpoint that could not copy everything (a reader was in the way) is retried.
      if (result.busy === 0 && result.checkpointed === result.log) {
        this.changesAtLast = changes;
        this.done += 1;
      }
    } catch {
      if (this.background.failed) this.inline();
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Without the thread, SQLite checkpoints inside commits again, as it does by default. */
  private inline(): void {
    this.stop();
    if (this.sqlite.open) this.sqlite.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
  }
}
