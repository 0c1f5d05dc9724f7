import { blob, index, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ms } from "./time.ts";

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
    /** The language the person chose (a `quer_locale` value); mails follow it. Null: not chosen yet. */
    locale: text("locale"),
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
