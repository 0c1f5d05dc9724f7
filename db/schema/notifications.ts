import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ideas } from "./ideas.ts";
import { users } from "./people.ts";
import { ms } from "./time.ts";

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
