import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ideas } from "./ideas.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

/** A report of an idea or comment; `target` is "idea:<id>" or "comment:<id>". */
export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    target: text("target").notNull(),
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    reporterId: text("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    createdAt: ms("created_at").notNull(),
    resolvedAt: ms("resolved_at"),
  },
  // One person's repeated report of the same thing counts once.
  (t) => [uniqueIndex("reports_once").on(t.target, t.reporterId)],
);

/** What a merge moved, so that it can be undone exactly. */
export const merges = sqliteTable(
  "merges",
  {
    id: text("id").primaryKey(),
    sourceId: text("source_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    targetId: text("target_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    moved: text("moved", { mode: "json" }).notNull(),
    at: ms("at").notNull(),
    undoneAt: ms("undone_at"),
  },
  (t) => [index("merges_source").on(t.sourceId)],
);

/**
 * Every manager action: who, what, when, why, before and after. Append-only: a
 * trigger in the migrations refuses updates and deletes. The actor is kept by id only
 * and named when the log is read, so a deleted account leaves no name behind in a log
 * that cannot be changed (decision 0016).
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: ms("at").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    target: text("target").notNull(),
    reason: text("reason"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_action").on(t.action, t.at)],
);
