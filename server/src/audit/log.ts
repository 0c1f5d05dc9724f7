import { auditLog, users } from "@quer/db";
import type { AuditEntry } from "@quer/shared";
import { and, desc, eq, like, lt, type SQL } from "drizzle-orm";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";

export interface Acting {
  id: string;
  name: string;
}

/** Shown for an action whose manager has since deleted their account. */
export const DELETED_ACTOR = "Gelöschtes Konto";

/**
 * Records a manager's action inside the command's transaction: it commits or fails with
 * it. Only the actor's id is kept; `auditEntries` names them from their account.
 */
export function audit(
  cx: CommandContext,
  actor: Acting,
  entry: { action: string; target: string; reason?: string | null; before?: unknown; after?: unknown },
): void {
  cx.db
    .insert(auditLog)
    .values({
      at: Date.now(),
      actorId: actor.id,
      action: entry.action,
      target: entry.target,
      reason: entry.reason ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })
    .run();
}

export function auditEntries(
  db: Db,
  query: {
    action?: string | undefined;
    target?: string | undefined;
    before?: number | undefined;
    limit?: number | undefined;
  },
): AuditEntry[] {
  const where: SQL[] = [];
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.target) where.push(like(auditLog.target, `${query.target.replace(/[\\%_]/g, "")}%`));
  if (query.before) where.push(lt(auditLog.id, query.before));
  return db
    .select({ row: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(query.limit ?? 50)
    .all()
    .map(({ row, actorName }) => {
      const entry: AuditEntry = {
        id: row.id,
        at: new Date(row.at).toISOString(),
        actorName: actorName ?? DELETED_ACTOR,
        action: row.action,
        target: row.target,
      };
      if (row.reason) entry.reason = row.reason;
      if (row.before !== null) entry.before = row.before;
      if (row.after !== null) entry.after = row.after;
      return entry;
    });
}
