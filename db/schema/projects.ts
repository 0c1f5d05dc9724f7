import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { boards } from "./boards.ts";
import { ideas } from "./ideas.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

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
