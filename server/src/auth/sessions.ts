import { createHash, timingSafeEqual } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { sessions } from "@quer/db";
import type { Actor } from "@quer/shared";
import { isLocale, type Locale } from "@quer/shared/i18n/locales";
import { eq } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { preparedPer } from "../db/prepared.ts";

/** How long a session lives without use, and at most. Guests only need one evening. */
export const SESSION_LIMITS = {
  account: { idleMs: 30 * 86_400_000, absoluteMs: 180 * 86_400_000 },
  guest: { idleMs: 12 * 3_600_000, absoluteMs: 7 * 86_400_000 },
} as const;
/** A session with its person, as SQLite gives it. */
interface SessionRow {
  id: string;
  secretHash: Buffer;
  createdAt: number;
  lastSeenAt: number;
  userId: string;
  name: string;
  role: SessionUser["role"];
  guestBoardId: string | null;
  blockedAt: number | null;
  locale: string | null;
}

/**
 * Every request with a cookie looks its session up: a plain prepared statement, without
 * the query builder's row mapping, which cost as much as the lookup (docs/performance.md).
 */
const sessionById = preparedPer((db) =>
  db.$client.prepare<[string], SessionRow>(
    "select s.id as id, s.secret_hash as secretHash, s.created_at as createdAt, " +
      "s.last_seen_at as lastSeenAt, u.id as userId, u.name as name, u.role as role, " +
      "u.guest_board_id as guestBoardId, u.blocked_at as blockedAt, u.locale as locale " +
      "from sessions s join users u on u.id = s.user_id where s.id = ?",
  ),
);

/** Refresh lastSeenAt at most this often, so reads do not turn into writes. */
const TOUCH_EVERY_MS = 3_600_000;

export interface SessionUser {
  id: string;
  name: string;
  role: "guest" | "resident" | "manager";
  guestBoardId: string | null;
  blocked: boolean;
  /** The language the person chose (mails and pages follow it); null: never chosen. */
  locale: Locale | null;
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

function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

function limitsFor(role: SessionUser["role"]) {
  return role === "guest" ? SESSION_LIMITS.guest : SESSION_LIMITS.account;
}

export function actorOf(user: Omit<SessionUser, "locale"> | null | undefined): Actor {
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
      .values({ id, secretHash: hashSecret(secret), userId, createdAt: t, lastSeenAt: t })
      .run();
    return { token: `${id}.${secret}`, id };
  }

  validate(token: string | undefined): ValidSession | null {
    if (!token) return null;
    const dot = token.indexOf(".");
    if (dot <= 0 || token.length > 100) return null;
    const id = token.slice(0, dot);
    const secret = token.slice(dot + 1);
    const row = sessionById(this.db).get(id);
    if (!row) return null;
    const hash = hashSecret(secret);
    if (row.secretHash.length !== hash.length || !timingSafeEqual(hash, row.secretHash)) return null;
    const t = this.now();
    const limits = limitsFor(row.role);
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
        id: row.userId,
        name: row.name,
        role: row.role,
        guestBoardId: row.guestBoardId,
        blocked: row.blockedAt !== null,
        locale: isLocale(row.locale) ? row.locale : null,
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
    const row = sessionById(this.db).get(id);
    if (!row) return false;
    const t = this.now();
    const limits = limitsFor(row.role);
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
