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
    /** E-mail about what became of one's ideas: never, at once, or once a day. */
    emailNotices: text("email_notices", { enum: ["off", "immediate", "daily"] })
      .notNull()
      .default("off"),
    /** Secret in one-click unsubscribe links; only its holder can switch mails off. */
    unsubscribeToken: text("unsubscribe_token"),
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
 * trigger in the migrations refuses updates and deletes.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: ms("at").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    target: text("target").notNull(),
    reason: text("reason"),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_action").on(t.action, t.at)],
);

/** In-app notices: what became of an idea a person wrote, co-wrote, voted for or commented on. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    ideaId: text("idea_id").references(() => ideas.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    payload: text("payload", { mode: "json" }).notNull(),
    createdAt: ms("created_at").notNull(),
    readAt: ms("read_at"),
    /** When it went out by e-mail (immediately or in a digest); null while due or not wanted. */
    mailedAt: ms("mailed_at"),
  },
  (t) => [index("notifications_user").on(t.userId, t.createdAt)],
);

/** Mails to send; without SMTP they stay here for the manager to read. */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    headers: text("headers", { mode: "json" }),
    createdAt: ms("created_at").notNull(),
    sentAt: ms("sent_at"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [index("outbox_due").on(t.sentAt, t.createdAt)],
);

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
