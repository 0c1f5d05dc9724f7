// Deep imports: these modules are zod-free, the package index is not.
import { CloseCode } from "@quer/shared/sync/close-codes";
import { docName } from "@quer/shared/sync/doc-names";
import * as Y from "yjs";
import { openDoc } from "../sync/open-doc.ts";

/**
 * Reads `inbox:<userId>` (server-written, readable by that person only) and reports its
 * unread count. Loaded on demand, so pages without live data stay free of Yjs.
 */
export function openInbox(
  userId: string,
  hooks: { onCount: (unread: number, fromSync: boolean) => void; onReset: () => void },
): () => void {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>("inbox");
  let synced = false;
  const read = () => {
    const value = map.get("unread");
    hooks.onCount(typeof value === "number" ? value : 0, !synced);
  };
  map.observe(read);
  const provider = openDoc(docName("inbox", userId), doc, {
    onClosed: (code) => {
      // Signed out or no longer allowed: nothing to show until someone signs in again.
      if (code === CloseCode.sessionEnded || code === CloseCode.forbidden) provider.disconnect();
      else if (code === CloseCode.reset) queueMicrotask(hooks.onReset);
      // A blocked person still reads their notices.
      else if (code === CloseCode.blocked) provider.connect();
    },
  });
  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    synced = false;
    read();
    synced = true;
  });
  return () => {
    map.unobserve(read);
    provider.destroy();
    doc.destroy();
  };
}
