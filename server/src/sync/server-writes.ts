import type * as Y from "yjs";
import type { Compaction } from "./compaction.ts";
import type { HooksByKind } from "./doc-loader.ts";
import type { DocStore } from "./doc-store.ts";
import type { LiveDoc } from "./live-doc.ts";

/** Transaction origin of the server's own changes to a document. */
export const SERVER = Symbol("server");

/**
 * The server's changes to documents, made inside a command's SQL transaction: stored in
 * it at once, held in the document's outbox and relayed only after it commits (`relayOutbox`).
 */
export class ServerWrites {
  constructor(
    private readonly store: DocStore,
    private readonly hooks: HooksByKind,
    private readonly compaction: Compaction,
  ) {}

  /** `firstInCommand`: the command has not written this document before. */
  write(live: LiveDoc, mutate: (doc: Y.Doc) => void, firstInCommand: boolean): void {
    if (firstInCommand) this.hooks[live.ref.kind]?.beforeServerWrite?.(live.doc, live.ref);
    live.doc.transact(() => mutate(live.doc), SERVER);
  }

  /** Stores one server change in the open transaction and keeps it for the relay. */
  record(live: LiveDoc, update: Uint8Array): void {
    this.store.append(live.name, update);
    live.outbox.push(update);
    if (this.compaction.due(live)) this.compaction.afterCommand(live);
  }
}
