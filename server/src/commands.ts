import { CloseCode } from "@quer/shared";
import type * as Y from "yjs";
import type { Db, Sqlite } from "./db/open.ts";
import type { DocRegistry } from "./sync/registry.ts";

/** What a command may do besides SQL: change server-written documents, act after commit. */
export interface CommandContext {
  db: Db;
  writeDoc(name: string, mutate: (doc: Y.Doc) => void): void;
  /** Whether a document is in memory (someone has it open, or had it recently). */
  isLoaded(name: string): boolean;
  afterCommit(fn: () => void): void;
}

/**
 * Runs each command in one SQL transaction. Documents the command changes are stored in
 * that same transaction and relayed only after it commits, so nobody sees a change that
 * was not made durable, and a rolled-back command leaves no trace in any document.
 */
export class Commands {
  constructor(
    private readonly sqlite: Sqlite,
    private readonly db: Db,
    private readonly registry: DocRegistry,
  ) {}

  run<T>(fn: (cx: CommandContext) => T): T {
    const after: (() => void)[] = [];
    const touched = new Set<string>();
    const cx: CommandContext = {
      db: this.db,
      writeDoc: (name, mutate) => {
        touched.add(name);
        this.registry.serverWrite(name, mutate);
      },
      afterCommit: (f) => after.push(f),
      isLoaded: (name) => this.registry.isLoaded(name),
    };
    let result: T;
    try {
      result = this.sqlite.transaction(() => fn(cx)).immediate();
    } catch (error) {
      for (const name of touched) this.registry.discard(name, CloseCode.goingAway, "reload");
      throw error;
    }
    for (const name of touched) this.registry.flush(name);
    for (const f of after) f();
    return result;
  }
}
