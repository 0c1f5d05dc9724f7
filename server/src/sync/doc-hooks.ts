import type { DocRef } from "@quer/shared";
import type * as Y from "yjs";

/** How documents with SQL behind them plug into the registry, one set per document kind. */
export interface DocHooks {
  /**
   * Runs once after a document is read from storage, inside a transaction: brings a
   * server-written document in line with SQL (as edits, keeping its Yjs identity) or
   * seeds a new co-edited one. Returns false when the document does not exist.
   */
  prepare(doc: Y.Doc, ref: DocRef): boolean;
  /**
   * After a client's update was stored and relayed (not for server writes), with the user
   * id of the person whose connection sent it (null when it came another way).
   */
  changed?(ref: DocRef, writerId: string | null): void;
  /**
   * Inside a command's transaction, before its first change to this document: last
   * chance to keep what writers made of it (an idea's text versions).
   */
  beforeServerWrite?(doc: Y.Doc, ref: DocRef): void;
  /** Before the document leaves memory (idle or shutdown): last chance to copy it elsewhere. */
  unloading?(ref: DocRef): void;
}

export interface RegistryOptions {
  idleMs: number;
  /** Compact a document's log into its snapshot after this many updates… */
  compactAfterUpdates: number;
  /** …or this many bytes of updates. */
  compactAfterBytes: number;
  /**
   * Largest stored size of one document (snapshot plus updates since) that a client
   * update may grow it to. Server writes are not capped: they are bounded by SQL.
   */
  maxDocBytes: number;
  /**
   * Null when every commit is on disk; otherwise resolves once they all are. Commands
   * may commit and sync later (`WalSync`): until then their changes, already in the
   * document, must not be handed to anyone.
   */
  durable?: () => Promise<void> | null;
  /**
   * Runs a transaction whose sync is left to `durable` (`WalSync.commitLazily`): writers'
   * groups, relayed only once `durable` resolves, and compactions, which need not wait at
   * all (a compaction lost in a crash leaves the snapshot and log it would have replaced).
   */
  commit?: <T>(write: () => T) => T;
  /**
   * Merges a document's stored snapshot and updates up to a sequence number somewhere
   * other than the event loop (`Background.merge`)…
   */
  mergeElsewhere?: (name: string, upTo: number) => Promise<Uint8Array>;
  /** …for documents stored at this many bytes or more; smaller ones compact at once. */
  mergeElsewhereFrom?: number;
}
