import type { Sqlite } from "../db/open.ts";
import { type Log, quietLog } from "../ops/log.ts";

/** What a committed change may have taken from (or given to) people with open sockets. */
export interface AccessChanges {
  /** Board-wide rules changed (visibility, co-writing, a workshop started or ended): every socket. */
  boards: Set<string>;
  /** An idea's author, co-authors or moderation state: the sockets on `idea:<id>`. */
  ideas: Set<string>;
  /** A project's team: the sockets on `project:<id>`. */
  projects: Set<string>;
  /** A person's role, block, workshop seats or the person: that person's sockets. */
  users: Set<string>;
  /** Sessions that ended: their sockets close. */
  sessions: Set<string>;
  /** Another process changed the database (the CLI): anything may have changed. */
  everything: boolean;
}

type Kind = "boards" | "ideas" | "projects" | "users" | "sessions";

interface Watched {
  table: string;
  /** `INSERT`, `DELETE`, or `UPDATE OF` these columns (then only when one of them really changed). */
  event: "INSERT" | "DELETE" | readonly string[];
  kind: Kind;
  /** The column naming what changed, of the new row (insert, update) or the old one (delete). */
  key: string;
}

/**
 * Every row a permission is read from (`server/src/sync/access.ts`, `can()`'s facts in
 * `boards/repo.ts`, `ideas/repo.ts`, `projects/repo.ts`, the session check). A column
 * added to those facts belongs here too.
 */
const WATCHED: readonly Watched[] = [
  {
    table: "boards",
    event: ["visibility", "co_writing", "parent_id", "participant_canvas", "mode"],
    kind: "boards",
    key: "id",
  },
  { table: "boards", event: "DELETE", kind: "boards", key: "id" },
  { table: "workshop_sessions", event: "INSERT", kind: "boards", key: "board_id" },
  { table: "workshop_sessions", event: ["ended_at", "board_id"], kind: "boards", key: "board_id" },
  { table: "workshop_sessions", event: "DELETE", kind: "boards", key: "board_id" },
  // Joining a workshop as oneself changes only that person's rights.
  { table: "board_participants", event: "INSERT", kind: "users", key: "user_id" },
  { table: "board_participants", event: "DELETE", kind: "users", key: "user_id" },
  { table: "users", event: ["role", "blocked_at", "guest_board_id"], kind: "users", key: "id" },
  { table: "users", event: "DELETE", kind: "users", key: "id" },
  { table: "sessions", event: "DELETE", kind: "sessions", key: "id" },
  {
    table: "ideas",
    event: ["pending", "hidden_at", "merged_into", "author_id", "board_id"],
    kind: "ideas",
    key: "id",
  },
  { table: "ideas", event: "DELETE", kind: "ideas", key: "id" },
  { table: "idea_coauthors", event: "INSERT", kind: "ideas", key: "idea_id" },
  { table: "idea_coauthors", event: "DELETE", kind: "ideas", key: "idea_id" },
  { table: "project_members", event: "INSERT", kind: "projects", key: "project_id" },
  { table: "project_members", event: "DELETE", kind: "projects", key: "project_id" },
  { table: "projects", event: ["board_id"], kind: "projects", key: "id" },
  { table: "projects", event: "DELETE", kind: "projects", key: "id" },
];

const FUNCTION = "quer_access_changed";
/** How often the database is asked whether another process wrote to it. */
const OTHERS_POLL_MS = 1_000;

function triggerSql(w: Watched, i: number): string {
  const name = `quer_access_${i}_${w.table}`;
  if (w.event === "INSERT" || w.event === "DELETE") {
    const row = w.event === "INSERT" ? "new" : "old";
    return (
      `CREATE TEMP TRIGGER ${name} AFTER ${w.event} ON main.${w.table} ` +
      `BEGIN SELECT ${FUNCTION}('${w.kind}', ${row}.${w.key}); END`
    );
  }
  const changed = w.event.map((c) => `old.${c} IS NOT new.${c}`).join(" OR ");
  // A moved row (a new board id) changes rights under both the old key and the new one.
  return (
    `CREATE TEMP TRIGGER ${name} AFTER UPDATE OF ${w.event.join(", ")} ON main.${w.table} ` +
    `WHEN ${changed} BEGIN SELECT ${FUNCTION}('${w.kind}', old.${w.key}); ` +
    `SELECT ${FUNCTION}('${w.kind}', new.${w.key}); END`
  );
}

function empty(): AccessChanges {
  return {
    boards: new Set(),
    ideas: new Set(),
    projects: new Set(),
    users: new Set(),
    sessions: new Set(),
    everything: false,
  };
}

/**
 * The one place where a change that can withdraw (or grant) a right reaches the open
 * sockets. Temporary triggers on this server's own connection report every
 * permission-relevant row as it is written, whichever route, command or background job
 * wrote it; once the writing code has returned (its transaction committed or rolled
 * back, since transactions here are synchronous) and before any other message is read,
 * `apply` re-checks the affected sockets. Changes other processes make (the CLI) are
 * noticed through SQLite's `data_version` within a second and re-check everything.
 *
 * A rolled-back change re-checks for nothing: re-checking reads what is committed.
 */
export class AccessWatch {
  private pending = empty();
  private queued = false;
  private dataVersion: number;
  private readonly poller: NodeJS.Timeout;

  constructor(
    private readonly sqlite: Sqlite,
    private readonly apply: (changes: AccessChanges) => void,
    private readonly log: Log = quietLog,
  ) {
    sqlite.function(FUNCTION, { deterministic: false, directOnly: false }, (kind: unknown, id: unknown) => {
      if (typeof id === "string" && typeof kind === "string" && kind in this.pending) {
        (this.pending[kind as Kind] as Set<string>).add(id);
        this.queue();
      }
      return null;
    });
    WATCHED.forEach((w, i) => {
      sqlite.exec(triggerSql(w, i));
    });
    this.dataVersion = this.readDataVersion();
    this.poller = setInterval(() => this.pollOthers(), OTHERS_POLL_MS);
    this.poller.unref();
  }

  stop(): void {
    clearInterval(this.poller);
  }

  /** Applies what is pending now; it runs in a microtask, where nothing may throw. */
  recheckPending(): void {
    this.queued = false;
    const changes = this.pending;
    this.pending = empty();
    if (
      changes.everything ||
      changes.boards.size +
        changes.ideas.size +
        changes.projects.size +
        changes.users.size +
        changes.sessions.size >
        0
    ) {
      try {
        this.apply(changes);
      } catch (error) {
        this.log.error({ err: error }, "change of access not applied");
      }
    }
  }

  private queue(): void {
    if (this.queued) return;
    this.queued = true;
    // A microtask runs as soon as the writing code returns, before the event loop reads
    // the next message from any socket.
    queueMicrotask(() => this.recheckPending());
  }

  private readDataVersion(): number {
    return this.sqlite.pragma("data_version", { simple: true }) as number;
  }

  private pollOthers(): void {
    if (!this.sqlite.open) return;
    let now: number;
    try {
      now = this.readDataVersion();
    } catch {
      return; // a busy or closing database: asked again in a second
    }
    if (now === this.dataVersion) return;
    this.dataVersion = now;
    this.pending.everything = true;
    this.recheckPending();
  }
}
