import { notifications } from "@quer/db";
import { docName } from "@quer/shared";
import { and, count, eq, isNull } from "drizzle-orm";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import type { DocHooks } from "../sync/registry.ts";
import { SERVER } from "../sync/registry.ts";

export function unreadCount(db: Db, userId: string): number {
  return (
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/**
 * `inbox:<userId>` is server-written and readable by that person only:
 * `getMap("inbox").get("unread")` is the number of unread notices, so every open tab
 * shows the count live. Only loaded documents are written; a document that loads later
 * reads the count from SQL.
 */
export function writeInbox(cx: CommandContext, userId: string): void {
  const name = docName("inbox", userId);
  if (!cx.isLoaded(name)) return;
  const unread = unreadCount(cx.db, userId);
  cx.writeDoc(name, (doc) => {
    const map = doc.getMap("inbox");
    if (map.get("unread") !== unread) map.set("unread", unread);
  });
}

export function inboxDocHooks(db: Db): DocHooks {
  return {
    prepare: (doc, ref) => {
      const unread = unreadCount(db, ref.id);
      const map = doc.getMap("inbox");
      if (map.get("unread") !== unread) doc.transact(() => map.set("unread", unread), SERVER);
      return true;
    },
  };
}
