import type { Db } from "../db/open.ts";
import type { DocHooks } from "../sync/registry.ts";
import { SERVER } from "../sync/registry.ts";
import { findIdea } from "./repo.ts";

/**
 * `idea:<id>` holds the idea's text as `getText("title")` and `getText("body")`. A
 * document never stored before is seeded once from SQL.
 */
export function ideaDocHooks(db: Db): DocHooks {
  return {
    prepare: (doc, ref) => {
      const item = findIdea(db, ref.id);
      if (!item) return false;
      const title = doc.getText("title");
      const body = doc.getText("body");
      // Seed only a document that has never held anything, not one its writers emptied.
      if (doc.store.clients.size === 0) {
        doc.transact(() => {
          title.insert(0, item.idea.title);
          if (item.idea.body) body.insert(0, item.idea.body);
        }, SERVER);
      }
      return true;
    },
  };
}
