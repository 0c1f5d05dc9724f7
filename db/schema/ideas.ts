import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { boards } from "./boards.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

export const ideas = sqliteTable(
  "ideas",
  {
    id: text("id").primaryKey(),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    kind: text("kind", { enum: ["idea", "problem"] }).notNull(),
    category: text("category"),
    status: text("status", {
      enum: ["new", "reviewing", "accepted", "project", "done", "declined", "forwarded"],
    }).notNull(),
    statusReason: text("status_reason"),
    statusContact: text("status_contact", { mode: "json" }),
    pending: integer("pending", { mode: "boolean" }).notNull().default(false),
    hiddenReason: text("hidden_reason"),
    hiddenAt: ms("hidden_at"),
    mergedInto: text("merged_into"),
    projectId: text("project_id"),
    commentsLocked: integer("comments_locked", { mode: "boolean" }).notNull().default(false),
    /** Sum of the dots or up-votes in `votes`, kept in the same transaction as each vote. */
    voteCount: integer("vote_count").notNull().default(0),
    commentCount: integer("comment_count").notNull().default(0),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [index("ideas_board").on(t.boardId, t.createdAt)],
);

/** One row per person and idea: the primary key is what makes a vote count once. */
export const votes = sqliteTable(
  "votes",
  {
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    dots: integer("dots").notNull().default(1),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("votes_user").on(t.userId)],
);

/** People the author (or a manager) has allowed to write `idea:<id>`. */
export const ideaCoauthors = sqliteTable(
  "idea_coauthors",
  {
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    addedAt: ms("added_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] }), index("idea_coauthors_user").on(t.userId)],
);

/** Every status an idea had, with the public reason and contact: the dated history. */
export const statusHistory = sqliteTable(
  "status_history",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    status: text("status").notNull(),
    reason: text("reason"),
    contact: text("contact", { mode: "json" }),
    at: ms("at").notNull(),
  },
  (t) => [index("status_history_idea").on(t.ideaId, t.id)],
);

/**
 * Answers to commands sent with an Idempotency-Key, so a phone that lost its answer on
 * bad Wi-Fi can send again and the command still happens once.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    status: integer("status").notNull(),
    body: text("body").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index("idempotency_keys_created").on(t.createdAt)],
);
