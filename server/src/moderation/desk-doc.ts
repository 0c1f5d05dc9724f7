import { DESK_DOC, DESK_MAP, readDeskCounts } from "@quer/shared";
import type * as Y from "yjs";
import type { CommandContext, Commands } from "../commands.ts";
import type { Db, Sqlite } from "../db/open.ts";
import { type Log, quietLog } from "../ops/log.ts";
import type { DocHooks } from "../sync/registry.ts";
import { SERVER } from "../sync/registry.ts";
import { deskCounts } from "./waiting.ts";

/** Sets the counts in the map; the version moves when `bump` says so or a count changed. */
function setCounts(doc: Y.Doc, db: Db, bump: boolean): void {
  const map = doc.getMap<unknown>(DESK_MAP);
  const before = readDeskCounts(map);
  const now = deskCounts(db);
  const changed =
    now.pending !== before.pending || now.reports !== before.reports || now.waiting !== before.waiting;
  if (!changed && !bump) return;
  if (now.pending !== before.pending) map.set("pending", now.pending);
  if (now.reports !== before.reports) map.set("reports", now.reports);
  if (now.waiting !== before.waiting) map.set("waiting", now.waiting);
  map.set("version", before.version + 1);
}

/** Brings a loaded `desk:managers` up to date: a command's one write to it. */
export function writeDesk(cx: CommandContext): void {
  if (!cx.isLoaded(DESK_DOC)) return;
  cx.writeDoc(DESK_DOC, (doc) => setCounts(doc, cx.db, true));
}

/** On load: the counts from SQL, as edits of the stored document (its identity stays). */
export function deskDocHooks(db: Db): DocHooks {
  return {
    prepare: (doc, ref) => {
      if (ref.name !== DESK_DOC) return false;
      doc.transact(() => setCounts(doc, db, false), SERVER);
      return true;
    },
  };
}

interface Watched {
  table: string;
  /** `INSERT`, `DELETE`, or `UPDATE OF` these columns, when one of them really changed… */
  event: "INSERT" | "DELETE" | readonly string[];
  /** …and, for updates, only when this holds. */
  when?: string;
}

/**
 * Every row what the desk shows is read from: the queue (pending posts, open reports,
 * their titles, texts and authors), the posts waiting for an answer (status and its
 * history) and the boards they are on. Deleting an account deletes or changes these rows
 * too (its reports go, its posts lose their author), so it is covered without a rule of
 * its own. A column the desk starts to show belongs here.
 */
const WATCHED: readonly Watched[] = [
  { table: "ideas", event: "INSERT" },
  { table: "ideas", event: "DELETE" },
  {
    table: "ideas",
    event: ["pending", "hidden_at", "merged_into", "status", "status_reason", "board_id", "author_id"],
  },
  // A pending post's text shows in the queue; others' text is no business of the desk's
  // (co-written text is copied back often, and would only make managers' pages fetch).
  { table: "ideas", event: ["title", "body"], when: "new.pending = 1" },
  { table: "status_history", event: "INSERT" },
  { table: "status_history", event: "DELETE" },
  { table: "reports", event: "INSERT" },
  { table: "reports", event: "DELETE" },
  { table: "reports", event: ["resolved_at"] },
  { table: "boards", event: "DELETE" },
  { table: "boards", event: ["title"] },
  { table: "users", event: ["name"] },
];

const FUNCTION = "quer_desk_changed";

function triggerSql(w: Watched, i: number): string {
  const name = `quer_desk_${i}_${w.table}`;
  const call = `BEGIN SELECT ${FUNCTION}(); END`;
  if (w.event === "INSERT" || w.event === "DELETE") {
    return `CREATE TEMP TRIGGER ${name} AFTER ${w.event} ON main.${w.table} ${call}`;
  }
  const changed = w.event.map((c) => `old.${c} IS NOT new.${c}`).join(" OR ");
  const when = w.when ? `(${changed}) AND ${w.when}` : changed;
  return `CREATE TEMP TRIGGER ${name} AFTER UPDATE OF ${w.event.join(", ")} ON main.${w.table} WHEN ${when} ${call}`;
}

/**
 * Keeps `desk:managers` in step with every committed change of what the desk shows,
 * whichever route, command or job made it: temporary triggers on this server's
 * connection note each such row as it is written (decision 0031, like the rights of
 * decision 0012). Once the writing code has returned, one command recounts and bumps the
 * version; changes arriving meanwhile share it. It joins the next group commit, so it
 * is relayed only after what it counts is durable. A change that was rolled back costs
 * one recount that finds nothing new but the version.
 */
export class DeskWatch {
  private queued = false;
  private stopped = false;

  constructor(
    sqlite: Sqlite,
    private readonly commands: Commands,
    private readonly isLoaded: () => boolean,
    private readonly log: Log = quietLog,
  ) {
    sqlite.function(FUNCTION, { deterministic: false, directOnly: false }, () => {
      this.queue();
      return null;
    });
    WATCHED.forEach((w, i) => {
      sqlite.exec(triggerSql(w, i));
    });
  }

  stop(): void {
    this.stopped = true;
  }

  private queue(): void {
    // Nobody has the desk open: its document reads the counts when it loads.
    if (this.queued || this.stopped || !this.isLoaded()) return;
    this.queued = true;
    queueMicrotask(() => {
      if (this.stopped) return;
      this.commands
        .runBatched((cx) => {
          // From here on a new change queues a new recount.
          this.queued = false;
          writeDesk(cx);
        })
        .catch((error: unknown) => {
          this.queued = false;
          if (!this.stopped) this.log.error({ err: error }, "desk counts not written");
        });
    });
  }
}
