import { auditLog, users } from "@quer/db";
import type { AuditAction, AuditEntry } from "@quer/shared";
import { and, desc, eq, like, lt, type SQL } from "drizzle-orm";
import { accountMessages } from "../account/messages.ts";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import type { ServerLocale } from "../http/locale.ts";
import { AuditNames } from "./names.ts";

export interface Acting {
  id: string;
  name: string;
}

/**
 * Records a manager's action inside the command's transaction: it commits or fails with
 * it. Only the actor's id is kept; `auditEntries` names them from their account.
 */
export function audit(
  cx: CommandContext,
  actor: Acting,
  entry: {
    action: AuditAction;
    target: string;
    reason?: string | null;
    before?: unknown;
    after?: unknown;
  },
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

/** Idea ids an entry's details point to (a merge's other idea), to be named too. */
function ideasInDetails(before: unknown, after: unknown): string[] {
  const ids: string[] = [];
  for (const side of [before, after]) {
    if (side && typeof side === "object" && "mergedInto" in side && typeof side.mergedInto === "string") {
      ids.push(side.mergedInto);
    }
  }
  return ids;
}

export function auditEntries(
  db: Db,
  query: {
    action?: string | undefined;
    target?: string | undefined;
    before?: number | undefined;
    limit?: number | undefined;
  },
  locale: ServerLocale,
): AuditEntry[] {
  const where: SQL[] = [];
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.target) where.push(like(auditLog.target, `${query.target.replace(/[\\%_]/g, "")}%`));
  if (query.before) where.push(lt(auditLog.id, query.before));
  const rows = db
    .select({ row: auditLog, actorName: users.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(query.limit ?? 50)
    .all();
  const names = new AuditNames(
    db,
    rows.map(({ row }) => row.target),
    rows.flatMap(({ row }) => ideasInDetails(row.before, row.after)),
  );
  return rows.map(({ row, actorName }) => {
    const entry: AuditEntry = {
      id: row.id,
      at: new Date(row.at).toISOString(),
      actorName: actorName ?? accountMessages(locale).deletedAccount,
      action: row.action,
      target: row.target,
      about: names.about(row.target),
    };
    if (actorName === null) entry.actorDeleted = true;
    const related = ideasInDetails(row.before, row.after).flatMap((id) => {
      const title = names.ideaTitle(id);
      return title === undefined ? [] : [[id, title] as const];
    });
    if (related.length) entry.names = Object.fromEntries(related);
    if (row.reason) entry.reason = row.reason;
    if (row.before !== null) entry.before = row.before;
    if (row.after !== null) entry.after = row.after;
    return entry;
  });
}
