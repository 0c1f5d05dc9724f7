// Deep imports: these modules are zod-free, the package index is not.
import { DESK_MAP, type DeskCounts, readDeskCounts } from "@quer/shared/moderation/desk-doc";
import { CloseCode } from "@quer/shared/sync/close-codes";
import { DESK_DOC } from "@quer/shared/sync/doc-names";
import * as Y from "yjs";
import { openDoc } from "../sync/open-doc.ts";

/**
 * Reads `desk:managers` (server-written, numbers only, readable at the desk alone) and
 * reports its counts. Loaded on demand, so pages without live data stay free of Yjs.
 */
export function openDesk(hooks: {
  onCounts: (counts: DeskCounts, fromSync: boolean) => void;
  onReset: () => void;
}): () => void {
  const doc = new Y.Doc();
  const map = doc.getMap<unknown>(DESK_MAP);
  let synced = false;
  const read = () => hooks.onCounts(readDeskCounts(map), !synced);
  map.observe(read);
  const provider = openDoc(DESK_DOC, doc, {
    onClosed: (code) => {
      // Signed out, demoted or blocked: the desk is not theirs any more. Anything else
      // (a restart, a lost network) reconnects as y-websocket does.
      if (code === CloseCode.reset) queueMicrotask(hooks.onReset);
      else if (code === CloseCode.sessionEnded || code === CloseCode.forbidden || code === CloseCode.blocked)
        provider.disconnect();
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
