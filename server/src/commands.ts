import { CloseCode } from "@quer/shared";
import type * as Y from "yjs";
import type { Db, Sqlite } from "./db/open.ts";
import type { WalSync } from "./db/wal-sync.ts";
import type { DocRegistry } from "./sync/registry.ts";

/** What a command may do besides SQL: change server-written documents, act after commit. */
export interface CommandContext {
  db: Db;
  writeDoc(name: string, mutate: (doc: Y.Doc) => void): void;
  /** Whether a document is in memory (someone has it open, or had it recently). */
  isLoaded(name: string): boolean;
  afterCommit(fn: () => void): void;
}

/** Commands committed together at most; more wait for the next group. */
const MAX_GROUP = 64;

type Outcome = { ok: true; value: unknown; after: (() => void)[] } | { ok: false; error: unknown };

/** Thrown to roll back a whole group (see `commitGroup`). */
class GroupAborted extends Error {}

interface Queued {
  fn: (cx: CommandContext) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Runs each command in one SQL transaction. Documents the command changes are stored in
 * that same transaction and relayed only after it commits, so nobody sees a change that
 * was not made durable, and a rolled-back command leaves no trace in any document.
 */
export class Commands {
  private queue: Queued[] = [];
  private scheduled = false;
  /** A committed group is waiting for its sync; the next group collects meanwhile. */
  private syncing = false;
  /** Told how long each group commit took, in seconds, its WAL sync not counted (the metrics). */
  onCommit: ((seconds: number) => void) | null = null;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly db: Db,
    private readonly registry: DocRegistry,
    private readonly wal: WalSync,
  ) {}

  /** A command's context: the documents it writes go into `touched`, its follow-ups into `after`. */
  private context(touched: Set<string>, after: (() => void)[]): CommandContext {
    return {
      db: this.db,
      writeDoc: (name, mutate) => {
        const first = !touched.has(name);
        touched.add(name);
        this.registry.serverWrite(name, mutate, first);
      },
      afterCommit: (f) => after.push(f),
      isLoaded: (name) => this.registry.isLoaded(name),
    };
  }

  run<T>(fn: (cx: CommandContext) => T): T {
    const after: (() => void)[] = [];
    const touched = new Set<string>();
    const cx = this.context(touched, after);
    let result: T;
    try {
      result = this.sqlite.transaction(() => fn(cx)).immediate();
    } catch (error) {
      for (const name of touched) this.registry.discard(name, CloseCode.goingAway, "reload");
      throw error;
    }
    for (const name of touched) this.registry.relayServerWrites(name);
    for (const f of after) f();
    return result;
  }

  /**
   * Group commit: like `run`, but commands that arrive in the same event-loop turn (at
   * most MAX_GROUP) share one transaction, and its sync runs off the event loop
   * (`WalSync`); commands arriving during that sync form the next group. Each command
   * runs in its own savepoint: one that throws is rolled back alone and rejects alone.
   * Nothing is relayed or resolved before the group is on disk; if the commit or the
   * sync fails, every command of the group rejects.
   */
  runBatched<T>(fn: (cx: CommandContext) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      if (this.queue.length >= MAX_GROUP) this.commitGroup();
      else this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.syncing || this.queue.length === 0) return;
    this.scheduled = true;
    setImmediate(() => this.commitGroup());
  }

  private commitGroup(): void {
    this.scheduled = false;
    if (this.syncing) return;
    const group = this.queue.splice(0, MAX_GROUP);
    if (group.length === 0) return;
    const touched = new Set<string>();
    const outcomes: Outcome[] = [];
    try {
      const transaction = this.sqlite.transaction(() => {
        for (const item of group) {
          const after: (() => void)[] = [];
          const mine = new Set<string>();
          const cx = this.context(mine, after);
          try {
            // A nested better-sqlite3 transaction is a savepoint.
            const value = this.sqlite.transaction(() => item.fn(cx))();
            outcomes.push({ ok: true, value, after });
          } catch (error) {
            // Its savepoint rolled back the rows, but not its change to a live document,
            // on which later commands of the group would build: give the group up.
            if (mine.size > 0) throw new GroupAborted();
            outcomes.push({ ok: false, error });
          } finally {
            for (const name of mine) touched.add(name);
          }
        }
      });
      const started = performance.now();
      this.wal.commitLazily(() => transaction.immediate());
      this.onCommit?.((performance.now() - started) / 1000);
    } catch (error) {
      for (const name of touched) this.registry.discard(name, CloseCode.goingAway, "reload");
      if (!(error instanceof GroupAborted)) {
        for (const item of group) item.reject(error);
        this.schedule();
        return;
      }
      // Rare: every command again, one transaction each, as `run` does.
      for (const item of group) {
        try {
          item.resolve(this.run(item.fn));
        } catch (e) {
          item.reject(e);
        }
      }
      this.schedule();
      return;
    }
    this.syncing = true;
    this.wal.durable().then(
      () => this.finishGroup(group, outcomes, touched),
      (error: unknown) => {
        // The disk did not confirm: the rows may be lost, so none of it may be shown.
        for (const name of touched) this.registry.discard(name, CloseCode.goingAway, "reload");
        for (const item of group) item.reject(error);
        this.syncing = false;
        this.schedule();
      },
    );
  }

  private finishGroup(group: Queued[], outcomes: Outcome[], touched: Set<string>): void {
    this.syncing = false;
    for (const name of touched) this.registry.relayServerWrites(name);
    group.forEach((item, i) => {
      const outcome = outcomes[i];
      if (!outcome) return;
      if (!outcome.ok) {
        item.reject(outcome.error);
        return;
      }
      for (const f of outcome.after) f();
      item.resolve(outcome.value);
    });
    this.schedule();
  }
}
