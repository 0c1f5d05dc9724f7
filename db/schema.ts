import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Milliseconds since the epoch; every time in the database is one of these. */
const ms = (name: string) => integer(name, { mode: "number" });

/**
 * People: residents and managers with an account, and workshop guests (role "guest",
 * scoped to one board, no e-mail, no password). No IP address is ever stored.
 */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email"),
    name: text("name").notNull(),
    passwordHash: text("password_hash"),
    role: text("role", { enum: ["guest", "resident", "manager"] }).notNull(),
    guestBoardId: text("guest_board_id"),
    blockedAt: ms("blocked_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** Session design of the Lucia guide: the id is public, only a hash of the secret is kept. */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    secretHash: blob("secret_hash", { mode: "buffer" }).notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ms("created_at").notNull(),
    lastSeenAt: ms("last_seen_at").notNull(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

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
  coWriting: text("co_writing", { enum: ["authors", "residents"] }).notNull().default("authors"),
  phase: text("phase", { enum: ["collect", "cluster", "vote", "results"] }),
  revealedAt: ms("revealed_at"),
  createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: ms("created_at").notNull(),
  updatedAt: ms("updated_at").notNull(),
});

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

/** The compacted Yjs state of a document (server-written and co-edited alike). */
export const docSnapshots = sqliteTable("doc_snapshots", {
  name: text("name").primaryKey(),
  state: blob("state", { mode: "buffer" }).notNull(),
  updatedAt: ms("updated_at").notNull(),
});

/** Yjs updates appended since the snapshot; folded into it on compaction. */
export const docUpdates = sqliteTable(
  "doc_updates",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    data: blob("data", { mode: "buffer" }).notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("doc_updates_name").on(t.name, t.seq)],
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

/** Comments are commands, not co-edited text: only their author's words, one level of replies. */
export const comments = sqliteTable(
  "comments",
  {
    id: text("id").primaryKey(),
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    parentId: text("parent_id"),
    body: text("body").notNull(),
    hiddenReason: text("hidden_reason"),
    hiddenAt: ms("hidden_at"),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("comments_idea").on(t.ideaId, t.createdAt)],
);

/** An idea the manager promoted; its plan is co-edited in `project:<id>`. */
export const projects = sqliteTable(
  "projects",
  {
    id: text("id").primaryKey(),
    ideaId: text("idea_id")
      .notNull()
      .references(() => ideas.id, { onDelete: "cascade" }),
    boardId: text("board_id")
      .notNull()
      .references(() => boards.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    status: text("status", { enum: ["planning", "running", "done", "stopped"] }).notNull(),
    /** Euro cents, so sums are exact. */
    budgetRequested: integer("budget_requested").notNull().default(0),
    budgetGranted: integer("budget_granted").notNull().default(0),
    /** The fund year the grant is booked against. */
    fundYear: integer("fund_year").notNull(),
    createdAt: ms("created_at").notNull(),
    updatedAt: ms("updated_at").notNull(),
  },
  (t) => [uniqueIndex("projects_idea_unique").on(t.ideaId)],
);

export const projectMembers = sqliteTable(
  "project_members",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    joinedAt: ms("joined_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] }), index("project_members_user").on(t.userId)],
);

/** Short public news from the team. */
export const projectUpdates = sqliteTable(
  "project_updates",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: ms("created_at").notNull(),
  },
  (t) => [index("project_updates_project").on(t.projectId, t.createdAt)],
);

/** The office's fund for small neighbourhood projects, one row per year, in euro cents. */
export const funds = sqliteTable("funds", {
  year: integer("year").primaryKey(),
  amount: integer("amount").notNull(),
  updatedAt: ms("updated_at").notNull(),
});
