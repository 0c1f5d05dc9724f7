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
  private stopped = false;
  private done = 0;
  private truncations = 0;
  /** `truncate()` calls so far, and how many of them a completed TRUNCATE answered. */
  private truncateAsked = 0;
  private truncatedUpTo = 0;
  private readonly truncateWaiters: { upTo: number; resolve: () => void }[] = [];

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

  /** TRUNCATE checkpoints the thread has completed. */
  get truncated(): number {
    return this.truncations;
  }

  /**
   * Asks for the whole WAL to be copied into the database file and the WAL file emptied,
   * on the thread, now. Resolves once a TRUNCATE checkpoint begun after this call has
   * completed (retried each interval while readers are in the way), or the server closes:
   * closing the last connection checkpoints and removes the WAL itself. After a deletion,
   * the WAL would otherwise keep the pages as they were before it (decision 0016).
   */
  truncate(): Promise<void> {
    this.truncateAsked += 1;
    const upTo = this.truncateAsked;
    const done = new Promise<void>((resolve) => this.truncateWaiters.push({ upTo, resolve }));
    if (this.stopped) this.answerTruncations(upTo);
    else void this.tick();
    return done;
  }

  /** Runs one checkpoint now if anything was written since the last complete one, or a truncation is due. */
  async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    if (this.background.failed) {
      this.inline();
      return;
    }
    const changes = this.totalChanges.get() ?? 0;
    const asked = this.truncateAsked;
    const truncating = asked > this.truncatedUpTo;
    if (!truncating && changes === this.changesAtLast) return;
    this.running = true;
    try {
      const result = await this.background.checkpoint(truncating ? "TRUNCATE" : "PASSIVE");
      // A checkpoint that could not copy everything (a reader was in the way) is retried.
      if (result.busy === 0 && result.checkpointed === result.log) {
        this.changesAtLast = changes;
        this.done += 1;
        if (truncating) {
          this.truncations += 1;
          this.answerTruncations(asked);
        }
      }
    } catch {
      if (this.background.failed) this.inline();
    } finally {
      this.running = false;
    }
    // Asked for while this one ran: run it now rather than at the next interval.
    if (this.truncateAsked > asked) void this.tick();
  }

  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.answerTruncations(this.truncateAsked);
  }

  private answerTruncations(upTo: number): void {
    this.truncatedUpTo = Math.max(this.truncatedUpTo, upTo);
    for (let i = this.truncateWaiters.length - 1; i >= 0; i--) {
      const waiter = this.truncateWaiters[i];
      if (waiter && waiter.upTo <= upTo) {
        this.truncateWaiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }

  /**
   * Without the thread, SQLite checkpoints inside commits again, as it does by default;
   * a truncation asked for is made here, on the event loop, as well as it can be.
   */
  private inline(): void {
    clearInterval(this.timer);
    if (this.sqlite.open) {
      this.sqlite.pragma(`wal_autocheckpoint = ${INLINE_PAGES}`);
      if (this.truncateAsked > this.truncatedUpTo) this.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    }
    this.answerTruncations(this.truncateAsked);
  }
}
