import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { sessions, users } from "@quer/db";
import type { Actor } from "@quer/shared";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { preparedPer } from "../db/prepared.ts";

/** How long a session lives without use, and at most. Guests only need one evening. */
export const SESSION_LIMITS = {
  account: { idleMs: 30 * 86_400_000, absoluteMs: 180 * 86_400_000 },
  guest: { idleMs: 12 * 3_600_000, absoluteMs: 7 * 86_400_000 },
} as const;
/** Every request looks its session up: the query is prepared once. */
const sessionById = preparedPer((db) =>
  db
    .select({
      id: sessions.id,
      secretHash: sessions.secretHash,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      user: {
        id: users.id,
        name: users.name,
        role: users.role,
        guestBoardId: users.guestBoardId,
        blockedAt: users.blockedAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, sql.placeholder("id")))
    .prepare(),
);

/** Refresh lastSeenAt at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 3_600_000;

export interface SessionUser {
  id: string;
  name: string;
  role: "guest" | "resident" | "manager";
  guestBoardId: string | null;
  blocked: boolean;
}

export interface ValidSession {
  id: string;
  user: SessionUser;
  expiresAt: number;
  /** True when this check moved the idle expiry on; the cookie should follow. */
  refreshed: boolean;
}

function randomSecret(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
  return sha256(new TextEncoder().encode(secret));
}

function limitsFor(role: SessionUser["role"]) {
  return role === "guest" ? SESSION_LIMITS.guest : SESSION_LIMITS.account;
}

export function actorOf(user: SessionUser | null | undefined): Actor {
  if (!user) return { kind: "anonymous" };
  if (user.role === "guest") return { kind: "guest", id: user.id, boardId: user.guestBoardId ?? "" };
  return { kind: "user", id: user.id, role: user.role, blocked: user.blocked };
}

/**
 * Sessions after the Lucia guide: the token is `<id>.<secret>`; only the SHA-256 of the
 * secret is stored, compared in constant time; expiry is both idle and absolute.
 */
export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => number = Date.now,
  ) {}

  create(userId: string): { token: string; id: string } {
    const id = randomSecret();
    const secret = randomSecret();
    const t = this.now();
    this.db
      .insert(sessions)
      .values({ id, secretHash: Buffer.from(hashSecret(secret)), userId, createdAt: t, lastSeenAt: t })
      .run();
    return { token: `${id}.${secret}`, id };
  }

  validate(token: string | undefined): ValidSession | null {
    if (!token) return null;
    const dot = token.indexOf(".");
    if (dot <= 0 || token.length > 100) return null;
    const id = token.slice(0, dot);
    const secret = token.slice(dot + 1);
    const row = sessionById(this.db).get({ id });
    if (!row) return null;
    if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secretHash))) return null;
    const t = this.now();
    const limits = limitsFor(row.user.role);
    const absoluteEnd = row.createdAt + limits.absoluteMs;
    if (t >= absoluteEnd || t >= row.lastSeenAt + limits.idleMs) {
      this.invalidate(id);
      return null;
    }
    let lastSeenAt = row.lastSeenAt;
    if (t - row.lastSeenAt >= TOUCH_EVERY_MS) {
      lastSeenAt = t;
      this.db.update(sessions).set({ lastSeenAt: t }).where(eq(sessions.id, id)).run();
    }
    return {
      id,
      user: {
        id: row.user.id,
        name: row.user.name,
        role: row.user.role,
        guestBoardId: row.user.guestBoardId,
        blocked: row.user.blockedAt !== null,
      },
      expiresAt: Math.min(absoluteEnd, lastSeenAt + limits.idleMs),
      refreshed: lastSeenAt !== row.lastSeenAt,
    };
  }

  /**
   * Whether a session still stands, without touching it: open sockets are checked with
   * this now and then, since a socket outlives the request that proved its session.
   */
  isCurrent(id: string): boolean {
    const row = sessionById(this.db).get({ id });
    if (!row) return false;
    const t = this.now();
    const limits = limitsFor(row.user.role);
    return t < row.createdAt + limits.absoluteMs && t < row.lastSeenAt + limits.idleMs;
  }

  invalidate(id: string): void {
    this.db.delete(sessions).where(eq(sessions.id, id)).run();
  }

  /** Ends every session of a person; returns their ids so open sockets can be closed. */
  invalidateAllOf(userId: string): string[] {
    return this.db
      .delete(sessions)
      .where(eq(sessions.userId, userId))
      .returning({ id: sessions.id })
      .all()
      .map((r) => r.id);
  }
}
