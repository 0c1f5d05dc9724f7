import { docName } from "@quer/shared";
import type * as Y from "yjs";
import type { Commands } from "../commands.ts";
import { HISTORY_QUIET_MS } from "../config.ts";
import type { Db } from "../db/open.ts";
import { type Log, quietLog } from "../ops/log.ts";
import { hasVersions, type IdeaText, keepVersion } from "./history-repo.ts";
import { bodyOf, titleOf } from "./idea-text.ts";
import { findIdea } from "./repo.ts";

/** The text a version keeps: what the idea's record would hold (collapsed, cut to the limits). */
export function versionText(doc: Y.Doc): IdeaText {
  return { title: titleOf(doc), body: bodyOf(doc) };
}

interface Pending {
  /** People who wrote since the last version. */
  writers: Set<string>;
  /** When the last of them wrote. */
  last: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Keeps versions of co-written idea text: when writing has paused for `quietMs`, when the
 * document unloads with writing not yet kept, and before every server write. Remembers who
 * wrote since the last version; a version identical to the one before is never kept.
 */
export class IdeaTextHistory {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly commands: Commands,
    /** The idea's live document, if it is loaded. */
    private readonly liveDoc: (name: string) => Y.Doc | null,
    private readonly quietMs = HISTORY_QUIET_MS,
    /** Null when writers' updates are all stored and relayed; else when they will be (`registry.durable`). */
    private readonly settled: () => Promise<void> | null = () => null,
    private readonly log: Log = quietLog,
  ) {}

  /** Someone (a writer's user id, or null when unknown) changed the text. */
  changed(ideaId: string, writerId: string | null): void {
    let entry = this.pending.get(ideaId);
    if (!entry) {
      entry = { writers: new Set(), last: 0, timer: undefined };
      this.pending.set(ideaId, entry);
    }
    if (writerId) entry.writers.add(writerId);
    entry.last = Date.now();
    // One timer per quiet period, not one per keystroke: it re-arms for what is left.
    if (!entry.timer) this.arm(ideaId, entry, this.quietMs);
  }

  private arm(ideaId: string, entry: Pending, delay: number): void {
    entry.timer = setTimeout(() => {
      // An update may be in the document already but not yet stored and relayed, its
      // writer not yet heard of: let it arrive, so it is counted (or the quiet goes on).
      setImmediate(() => {
        const settled = this.settled();
        if (!settled) this.quietOver(ideaId, entry);
        else
          settled.then(
            () => this.quietOver(ideaId, entry),
            () => this.quietOver(ideaId, entry),
          );
      });
    }, delay);
    entry.timer.unref();
  }

  private quietOver(ideaId: string, entry: Pending): void {
    // Kept meanwhile (a server write, the document unloading): nothing is waiting.
    if (this.pending.get(ideaId) !== entry) return;
    const left = entry.last + this.quietMs - Date.now();
    if (left > 0) this.arm(ideaId, entry, left);
    else this.keepNow(ideaId);
  }

  /** The writers since the last version; forgets them and their timer. */
  private take(ideaId: string): Set<string> {
    const entry = this.pending.get(ideaId);
    if (!entry) return new Set();
    clearTimeout(entry.timer);
    this.pending.delete(ideaId);
    return entry.writers;
  }

  /** Keeps a version now if writing is waiting for one; used when a document unloads. */
  flushPending(ideaId: string): void {
    if (this.pending.has(ideaId)) this.keepNow(ideaId);
  }

  private keepNow(ideaId: string): void {
    const writers = this.take(ideaId);
    const doc = this.liveDoc(docName("idea", ideaId));
    if (!doc) return;
    try {
      this.commands.run((cx) => {
        if (findIdea(cx.db, ideaId)) keepVersion(cx.db, ideaId, versionText(doc), writers);
      });
    } catch (error) {
      // The text itself is safe in its document; the next load keeps what differs.
      this.log.error({ err: error }, "idea text version not kept");
    }
  }

  /**
   * Inside the transaction of a server write, before it changes the document: the text as
   * it is now becomes a version, credited to whoever wrote since the last one.
   */
  beforeServerWrite(db: Db, ideaId: string, doc: Y.Doc): void {
    keepVersion(db, ideaId, versionText(doc), this.take(ideaId));
  }

  /**
   * When a document is loaded, inside its load transaction: a text never kept (an idea
   * posted before, or seeded just now from SQL by `seededBy`), or one that differs from its
   * newest version (writing lost to a crash before its quiet period) becomes a version.
   */
  loaded(db: Db, ideaId: string, doc: Y.Doc, seededBy: string | null): void {
    const writers = seededBy && !hasVersions(db, ideaId) ? [seededBy] : this.take(ideaId);
    keepVersion(db, ideaId, versionText(doc), writers);
  }
}
