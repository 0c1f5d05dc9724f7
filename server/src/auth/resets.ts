import { createHash } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { passwordResets, sessions, users } from "@quer/db";
import { and, eq, gt, lte, ne } from "drizzle-orm";
import type { Db } from "../db/open.ts";

/** How long a reset link works. */
export const RESET_TTL_MS = 60 * 60_000;

function hashToken(token: string): Buffer {
  return createHash("sha256").update(token).digest();
}

/**
 * A new one-time reset token for `userId`: 160 random bits, of which only the SHA-256 is
 * stored (a copy of the database opens no account). Expired tokens of anyone go on the way.
 */
export function issueResetToken(db: Db, userId: string, now: number): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  const token = encodeBase32LowerCaseNoPadding(bytes);
  db.transaction((tx) => {
    tx.delete(passwordResets).where(lte(passwordResets.expiresAt, now)).run();
    tx.insert(passwordResets)
      .values({ tokenHash: hashToken(token), userId, createdAt: now, expiresAt: now + RESET_TTL_MS })
      .run();
  });
  return token;
}

/** The account a token would reset, if it is known and not expired; nothing is changed. */
export function resetTokenOwner(db: Db, token: string, now: number): string | null {
  const row = db
    .select({ userId: passwordResets.userId })
    .from(passwordResets)
    .where(and(eq(passwordResets.tokenHash, hashToken(token)), gt(passwordResets.expiresAt, now)))
    .get();
  return row?.userId ?? null;
}

/**
 * Uses the token up: in one transaction the password becomes `passwordHash`, every
 * token and every session of the account goes (open sockets close as it commits:
 * `AccessWatch`). Null when the token was used or expired meanwhile.
 */
export function consumeResetToken(db: Db, token: string, passwordHash: string, now: number): string | null {
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ userId: passwordResets.userId })
        .from(passwordResets)
        .where(and(eq(passwordResets.tokenHash, hashToken(token)), gt(passwordResets.expiresAt, now)))
        .get();
      if (!row) return null;
      tx.delete(passwordResets).where(eq(passwordResets.userId, row.userId)).run();
      tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId)).run();
      tx.delete(sessions).where(eq(sessions.userId, row.userId)).run();
      return row.userId;
    },
    { behavior: "immediate" },
  );
}

/**
 * A new password for a signed-in person: every other session and every reset link of
 * the account ends, the one in use stays.
 */
export function changePassword(db: Db, userId: string, passwordHash: string, keepSession: string): void {
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    tx.delete(passwordResets).where(eq(passwordResets.userId, userId)).run();
    tx.delete(sessions)
      .where(and(eq(sessions.userId, userId), ne(sessions.id, keepSession)))
      .run();
  });
}
