import { index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ideas } from "./ideas.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

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
