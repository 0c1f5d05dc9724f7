import { reports } from "@quer/db";
import { can } from "@quer/shared";
import { and, eq, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { boardFacts } from "../boards/repo.ts";
import type { CommandContext } from "../commands.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { ideaFacts } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { visibleIdea } from "./manager.ts";

/** Open reports about a target are settled by the manager's decision on it. */
export function resolveReports(cx: CommandContext, target: string): void {
  cx.db
    .update(reports)
    .set({ resolvedAt: Date.now() })
    .where(and(eq(reports.target, target), isNull(reports.resolvedAt)))
    .run();
}

/** A report on an idea or one of its comments, by someone who sees the idea. */
export function fileReport(c: Context<AppEnv>, ideaId: string, target: string, reason: string) {
  const { item, board } = visibleIdea(c, ideaId);
  const actor = c.get("actor");
  if (actor.kind === "anonymous") throw unauthenticated("Bitte melde dich an, um etwas zu melden.");
  if (!can(actor, "idea.report", { board: boardFacts(board), idea: ideaFacts(item.idea) })) {
    throw forbidden("Du kannst hier nichts melden.");
  }
  limitWrites(c.get("services").limits.writesPerPerson, actor.id);
  // The unique index (target, reporter) makes a repeated report count once.
  c.get("services")
    .db.insert(reports)
    .values({
      id: newId(),
      target,
      ideaId: item.idea.id,
      reporterId: actor.id,
      reason,
      createdAt: Date.now(),
    })
    .onConflictDoNothing()
    .run();
  return c.json({ ok: true } as const, 201);
}
