import { type DocKind, parseDocName } from "@quer/shared";
import * as Y from "yjs";
import type { Sqlite } from "../db/open.ts";
import type { DocHooks } from "./doc-hooks.ts";
import type { DocStore } from "./doc-store.ts";
import { LiveDoc } from "./live-doc.ts";

/** Transaction origin of what is read from storage: already stored, nothing to relay. */
const LOADING = Symbol("loading");

export type HooksByKind = Partial<Record<DocKind, DocHooks>>;

/** Called for every change to a loaded document, with its transaction's origin. */
export type OnUpdate = (live: LiveDoc, update: Uint8Array, origin: unknown) => void;

/** Reads documents from storage into memory and lets their hooks bring them in line with SQL. */
export class DocLoader {
  constructor(
    private readonly sqlite: Sqlite,
    private readonly store: DocStore,
    private readonly hooks: HooksByKind,
  ) {}

  /** The document read from storage; null when the name is no document's or its hooks say it does not exist. */
  load(name: string, onUpdate: OnUpdate): LiveDoc | null {
    const ref = parseDocName(name);
    if (!ref) return null;
    const live = new LiveDoc(ref);
    const { snapshot, updates } = this.store.stored(name);
    for (const part of snapshot ? [snapshot, ...updates] : updates) {
      Y.applyUpdate(live.doc, part, LOADING);
      live.storedBytes += part.byteLength;
    }
    // A log is left over only when the server died before compacting it. It counts toward
    // the next compaction; otherwise each crash would add a log to what every load reads.
    live.pendingUpdates = updates.length;
    live.pendingBytes = updates.reduce((n, update) => n + update.byteLength, 0);
    live.doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== LOADING) onUpdate(live, update, origin);
    });
    const hook = this.hooks[ref.kind];
    const exists = hook ? this.sqlite.transaction(() => hook.prepare(live.doc, ref))() : true;
    live.outbox = []; // nobody was connected to receive what prepare wrote
    if (!exists) {
      live.destroy();
      return null;
    }
    return live;
  }
}
