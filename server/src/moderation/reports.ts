import { comments, ideas, reports, users } from "@quer/db";
import { can, excerptOf, type ReportedContent, type ReportSummary } from "@quer/shared";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { boardFacts } from "../boards/repo.ts";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { ANONYMOUS_AUTHOR, ideaFacts } from "../ideas/repo.ts";
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
  if (actor.kind === "anonymous") throw unauthenticated("signInToReport");
  if (!can(actor, "idea.report", { board: boardFacts(board), idea: ideaFacts(item.idea) })) {
    throw forbidden("cannotReportHere");
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

/**
 * Open reports, one entry per reported thing with every reason, most reported first; each
 * carries what was reported (title, text, author) so the manager judges it in place.
 */
export function openReports(db: Db): ReportSummary[] {
  const open = db
    .select()
    .from(reports)
    .where(isNull(reports.resolvedAt))
    .orderBy(asc(reports.createdAt))
    .all();
  const grouped = new Map<string, Omit<ReportSummary, "reported">>();
  for (const r of open) {
    const entry = grouped.get(r.target) ?? { target: r.target, ideaId: r.ideaId, count: 0, reasons: [] };
    if (r.target.startsWith("comment:")) entry.commentId = r.target.slice("comment:".length);
    entry.count += 1;
    entry.reasons.push(r.reason);
    grouped.set(r.target, entry);
  }
  const summaries = [...grouped.values()];
  const ideaIds = [...new Set(summaries.map((s) => s.ideaId))];
  const commentIds = summaries.flatMap((s) => (s.commentId ? [s.commentId] : []));
  const ideaRows = new Map(
    (ideaIds.length
      ? db
          .select({
            id: ideas.id,
            title: ideas.title,
            body: ideas.body,
            hiddenAt: ideas.hiddenAt,
            authorName: users.name,
          })
          .from(ideas)
          .leftJoin(users, eq(users.id, ideas.authorId))
          .where(inArray(ideas.id, ideaIds))
          .all()
      : []
    ).map((row) => [row.id, row]),
  );
  const commentRows = new Map(
    (commentIds.length
      ? db
          .select({
            id: comments.id,
            body: comments.body,
            hiddenAt: comments.hiddenAt,
            authorName: users.name,
          })
          .from(comments)
          .leftJoin(users, eq(users.id, comments.authorId))
          .where(inArray(comments.id, commentIds))
          .all()
      : []
    ).map((row) => [row.id, row]),
  );
  return summaries
    .map((s): ReportSummary => {
      const idea = ideaRows.get(s.ideaId);
      const ideaTitle = idea?.title ?? "";
      let reported: ReportedContent;
      if (s.commentId) {
        const comment = commentRows.get(s.commentId);
        reported = comment
          ? {
              ideaTitle,
              excerpt: excerptOf(comment.body),
              authorName: comment.authorName ?? ANONYMOUS_AUTHOR,
              hidden: comment.hiddenAt !== null,
            }
          : { ideaTitle, excerpt: "", authorName: "", hidden: false, gone: true };
      } else {
        reported = {
          ideaTitle,
          excerpt: idea ? excerptOf(idea.body) : "",
          authorName: idea?.authorName ?? ANONYMOUS_AUTHOR,
          hidden: idea?.hiddenAt != null,
        };
      }
      return { ...s, reported };
    })
    .sort((a, b) => b.count - a.count);
}
