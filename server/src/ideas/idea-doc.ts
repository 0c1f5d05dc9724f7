import type * as Y from "yjs";
import type { Db } from "../db/open.ts";
import type { DocHooks } from "../sync/registry.ts";
import { SERVER } from "../sync/registry.ts";
import { projected } from "./idea-text.ts";
import { findIdea } from "./repo.ts";

/** Where co-written text goes after it was stored (IdeaTextProjector). */
export interface IdeaTextSink {
  changed(ideaId: string): void;
  flushPending(ideaId: string): void;
}

/** Where versions of the text are kept (IdeaTextHistory). */
export interface IdeaHistorySink {
  changed(ideaId: string, writerId: string | null): void;
  flushPending(ideaId: string): void;
  beforeServerWrite(db: Db, ideaId: string, doc: Y.Doc): void;
  loaded(db: Db, ideaId: string, doc: Y.Doc, seededBy: string | null): void;
}

/**
 * `idea:<id>` holds the idea's text as `getText("title")` and `getText("body")`. A
 * document never stored before is seeded once from SQL; writers' edits are copied back
 * into SQL and the board by `text`, and kept as versions by `history`.
 */
export function ideaDocHooks(db: Db, text: IdeaTextSink, history: IdeaHistorySink): DocHooks {
  return {
    changed: (ref, writerId) => {
      text.changed(ref.id);
      history.changed(ref.id, writerId);
    },
    unloading: (ref) => {
      text.flushPending(ref.id);
      history.flushPending(ref.id);
    },
    beforeServerWrite: (doc, ref) => history.beforeServerWrite(db, ref.id, doc),
    prepare: (doc, ref) => {
      const item = findIdea(db, ref.id);
      if (!item) return false;
      const title = doc.getText("title");
      const body = doc.getText("body");
      // Seed only a document that has never held anything, not one its writers emptied.
      const seed = doc.store.clients.size === 0;
      if (seed) {
        doc.transact(() => {
          title.insert(0, item.idea.title);
          if (item.idea.body) body.insert(0, item.idea.body);
        }, SERVER);
      } else {
        // A crash between storing an edit and copying it leaves SQL behind: catch up now.
        const next = projected(doc, item.idea);
        if (next.title !== item.idea.title || next.body !== item.idea.body) text.changed(ref.id);
      }
      // The text as posted is the first version; after a crash, what writing was not kept.
      history.loaded(db, ref.id, doc, seed ? item.idea.authorId : null);
      return true;
    },
  };
}
