import { idempotencyKeys } from "@quer/db";
import { and, eq, lt } from "drizzle-orm";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import { invalid } from "../http/errors.ts";
import { findIdea, type IdeaWithAuthor } from "./repo.ts";

const KEY = /^[A-Za-z0-9_-]{8,64}$/;
/** Keys are kept a day: far longer than any phone stays offline in a workshop. */
const KEEP_MS = 86_400_000;

/** The Idempotency-Key header of a command, checked; undefined when absent. */
export function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) throw invalid("idempotencyKey");
  return header;
}

/** The idea an earlier request with the same key created, if any. */
export function replayed(db: Db, userId: string, key: string): IdeaWithAuthor | undefined {
  const row = db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key)))
    .get();
  return row ? findIdea(db, row.body) : undefined;
}

export function remember(cx: CommandContext, userId: string, key: string, ideaId: string): void {
  const now = Date.now();
  cx.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, now - KEEP_MS))
    .run();
  cx.db.insert(idempotencyKeys).values({ userId, key, status: 201, body: ideaId, createdAt: now }).run();
}
