import { blob, index, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./people.ts";
import { ms } from "./time.ts";

/**
 * One-time links that set a new password. Only a hash of the token is kept, so a copy of
 * the database cannot be used to take over an account; a link is good for one use and an
 * hour, and every link of an account goes when one is used or the password changes.
 */
export const passwordResets = sqliteTable(
  "password_resets",
  {
    tokenHash: blob("token_hash", { mode: "buffer" }).primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: ms("created_at").notNull(),
    expiresAt: ms("expires_at").notNull(),
  },
  (t) => [index("password_resets_user").on(t.userId)],
);
