import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { users } from "./people.ts";
import { ms } from "./time.ts";

export const boards = sqliteTable("boards", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  description: text("description").notNull().default(""),
  mode: text("mode", { enum: ["open", "workshop"] }).notNull(),
  moderation: text("moderation", { enum: ["pre", "post"] }).notNull(),
  votingKind: text("voting_kind", { enum: ["up", "dots"] }).notNull(),
  dots: integer("dots"),
  categories: text("categories", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
  visibility: text("visibility", { enum: ["public", "private"] }).notNull(),
  postingOpen: integer("posting_open", { mode: "boolean" }).notNull().default(true),
  /** Who may co-write ideas: their authors and named co-authors, or every resident. */
  coWriting: text("co_writing", { enum: ["authors", "residents"] })
    .notNull()
    .default("authors"),
  /** A topic table (Thementisch) belongs to the workshop board it was opened in. */
  parentId: text("parent_id"),
  /** Whether participants may arrange ideas on the workshop canvas, or only the facilitator. */
  participantCanvas: integer("participant_canvas", { mode: "boolean" }).notNull().default(false),
  /** The countdown: running until timerEndsAt, or paused with timerRemainingMs left. */
  timerEndsAt: ms("timer_ends_at"),
  timerRemainingMs: integer("timer_remaining_ms"),
  spotlightIdeaId: text("spotlight_idea_id"),
  phase: text("phase", { enum: ["collect", "cluster", "vote", "results"] }),
  revealedAt: ms("revealed_at"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: ms("created_at").notNull(),
  updatedAt: ms("updated_at").notNull(),
});

/** A live workshop on a board: the join code is valid from start to end. */
export const workshopSessions = sqliteTable(
  "workshop_sessions",
  {
    id: text("id").primaryKey(),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    startedAt: ms("started_at").notNull(),
    endedAt: ms("ended_at"),
    /** Days after the end until guests' display names are removed. */
    retentionDays: integer("retention_days").notNull().default(30),
    namesRemovedAt: ms("names_removed_at"),
  },
  (t) => [uniqueIndex("workshop_sessions_code").on(t.code), index("workshop_sessions_board").on(t.boardId)],
);

/** Signed-in residents who joined a private workshop board as themselves. */
export const boardParticipants = sqliteTable(
  "board_participants",
  {
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: ms("joined_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.boardId, t.userId] })],
);
