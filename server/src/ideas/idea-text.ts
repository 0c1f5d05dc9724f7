import { ideas } from "@quer/db";
import { docName, IDEA_BODY_MAX, IDEA_TITLE_MAX, IDEA_TITLE_MIN, multiLine, singleLine } from "@quer/shared";
import { eq } from "drizzle-orm";
import type * as Y from "yjs";
import { projectIdea } from "../boards/projection.ts";
import type { Commands } from "../commands.ts";
import { type Log, quietLog } from "../ops/log.ts";
import { findIdea } from "./repo.ts";

/**
 * The title as SQL and `board:<id>` hold it: a hand-made client can put anything into
 * a Y.Text, so it gets the same normalisation as a title sent to the API.
 */
export function titleOf(doc: Y.Doc): string {
  return singleLine(doc.getText("title").toString()).slice(0, IDEA_TITLE_MAX);
}

export function bodyOf(doc: Y.Doc): string {
  return multiLine(doc.getText("body").toString()).trim().slice(0, IDEA_BODY_MAX);
}

/** The title and body SQL should hold for this document, given what it holds now. */
export function projected(
  doc: Y.Doc,
  current: { title: string; body: string },
): { title: string; body: string } {
  const title = titleOf(doc);
  // While someone retypes a title shorter than a valid one, the last good title stays.
  return { title: title.length >= IDEA_TITLE_MIN ? title : current.title, body: bodyOf(doc) };
}

/**
 * Copies co-written idea text into SQL (search, export) and `board:<id>` shortly after
 * people stop typing: one command per idea per quiet period, not one per keystroke.
 */
export class IdeaTextProjector {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly commands: Commands,
    /** The idea's live document, if it is loaded. */
    private readonly liveDoc: (name: string) => Y.Doc | null,
    private readonly delayMs = 300,
    private readonly log: Log = quietLog,
  ) {}

  changed(ideaId: string): void {
    if (this.timers.has(ideaId)) return;
    const timer = setTimeout(() => {
      this.timers.delete(ideaId);
      this.flush(ideaId);
    }, this.delayMs);
    timer.unref();
    this.timers.set(ideaId, timer);
  }

  /** Copies now if a copy is still due; used when a document unloads. */
  flushPending(ideaId: string): void {
    if (this.timers.has(ideaId)) this.flush(ideaId);
  }

  /** Copies now; used when a document unloads and on shutdown. */
  flush(ideaId: string): void {
    const pending = this.timers.get(ideaId);
    if (pending) {
      clearTimeout(pending);
      this.timers.delete(ideaId);
    }
    const doc = this.liveDoc(docName("idea", ideaId));
    if (!doc) return;
    try {
      this.commands.run((cx) => {
        const item = findIdea(cx.db, ideaId);
        if (!item) return;
        const next = projected(doc, item.idea);
        if (next.title === item.idea.title && next.body === item.idea.body) return;
        cx.db
          .update(ideas)
          .set({ ...next, updatedAt: Date.now() })
          .where(eq(ideas.id, ideaId))
          .run();
        projectIdea(cx, ideaId);
      });
    } catch (error) {
      // The text itself is safe in its document; the next load compares and copies again.
      this.log.error({ err: error }, "idea text not copied into SQL");
    }
  }

  flushAll(): void {
    for (const id of [...this.timers.keys()]) this.flush(id);
  }
}
