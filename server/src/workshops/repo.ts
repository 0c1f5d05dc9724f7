import { workshopSessions } from "@quer/db";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@quer/shared";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../db/open.ts";

export type SessionRow = typeof workshopSessions.$inferSelect;

/** The running session of a workshop board, if any. */
export function activeSession(db: Db, boardId: string): SessionRow | undefined {
  return db
    .select()
    .from(workshopSessions)
    .where(and(eq(workshopSessions.boardId, boardId), isNull(workshopSessions.endedAt)))
    .orderBy(desc(workshopSessions.startedAt))
    .get();
}

export function latestSession(db: Db, boardId: string): SessionRow | undefined {
  return db
    .select()
    .from(workshopSessions)
    .where(eq(workshopSessions.boardId, boardId))
    .orderBy(desc(workshopSessions.startedAt))
    .get();
}

/** The running session a code opens; ended sessions' codes open nothing. */
export function sessionByCode(db: Db, code: string): SessionRow | undefined {
  return db
    .select()
    .from(workshopSessions)
    .where(and(eq(workshopSessions.code, code), isNull(workshopSessions.endedAt)))
    .get();
}

/** A fresh code from the unambiguous alphabet, unique among all sessions ever held. */
export function newJoinCode(db: Db): string {
  for (;;) {
    const bytes = new Uint8Array(JOIN_CODE_LENGTH);
    crypto.getRandomValues(bytes);
    // 256 is not a multiple of the alphabet size; reject the tail to keep codes uniform.
    const limit = 256 - (256 % JOIN_CODE_ALPHABET.length);
    if (bytes.some((b) => b >= limit)) continue;
    const code = [...bytes].map((b) => JOIN_CODE_ALPHABET[b % JOIN_CODE_ALPHABET.length]).join("");
    const taken = db
      .select({ id: workshopSessions.id })
      .from(workshopSessions)
      .where(eq(workshopSessions.code, code))
      .get();
    if (!taken) return code;
  }
}
