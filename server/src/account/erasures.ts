import { CloseCode } from "@quer/shared";
import type { Checkpoints } from "../db/checkpoints.ts";
import { type Log, quietLog } from "../ops/log.ts";
import { docKind } from "../ops/sync-log.ts";
import type { DocRegistry } from "../sync/registry.ts";
import type { Erasure } from "./erase.ts";

/**
 * What follows a deletion once it has committed (decision 0016). Documents it rewrote
 * are compacted at once, before the answer: their stored logs still hold the values it
 * overwrote (a name in `board:<id>`), and a fresh snapshot does not; the answer waits
 * until they are on disk. Then the WAL, which still holds the pages as they were before,
 * is checkpointed whole and emptied on the background thread; the answer does not wait
 * for that.
 */
export class Erasures {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly registry: DocRegistry,
    private readonly checkpoints: Checkpoints,
    private readonly log: Log = quietLog,
  ) {}

  /** Resolves once the compactions are on disk; the WAL is emptied after that, unawaited. */
  async follow(erasure: Erasure): Promise<void> {
    for (const name of erasure.drop) this.registry.discard(name, CloseCode.gone, "deleted");
    for (const name of erasure.compact) {
      try {
        this.registry.compactNow(name);
      } catch (error) {
        // The account is deleted either way; the log is compacted when the document unloads.
        this.log.error({ err: error, kind: docKind(name) }, "document not compacted after an erasure");
      }
    }
    const done = this.checkpoints.truncate();
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
    // Compactions commit without waiting for the disk; lost in a crash, they would leave
    // the old log, which nothing compacts again soon.
    await this.registry.durable();
  }

  /** Resolves once the WAL truncations asked for so far have run. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }
}
