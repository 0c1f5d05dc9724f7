import { auditLog, projects } from "@quer/db";
import { formatJoinCode, singleLine } from "@quer/shared";
import { intlTag } from "@quer/shared/i18n/locales";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { BoardRow } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import type { ServerLocale } from "../http/locale.ts";
import type { DocRegistry } from "../sync/registry.ts";
import { workshopMessages } from "./messages.ts";
import type { WorkshopMessages } from "./messages.types.ts";
import { plenaryOf } from "./plenary.ts";
import { latestSession } from "./repo.ts";

const isPhase = (value: string): value is keyof WorkshopMessages["minutes"]["phases"] =>
  value === "collect" || value === "cluster" || value === "vote" || value === "results";

/** A point in time in the reader's language, in the office's time zone. */
function whenIn(locale: ServerLocale): (ms: number) => string {
  const format = new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: OFFICE_TIME_ZONE,
  });
  return (ms) => format.format(ms);
}

/**
 * Markdown text is escaped where a title could start a list, heading or link, and kept
 * on its line: group names come straight from `canvas:<id>`, where anything can stand.
 */
function md(text: string): string {
  return singleLine(text).replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/**
 * The minutes (Protokoll) of a workshop as Markdown, in the reader's language: print-ready
 * on the minutes page too. What people wrote (titles, groups, reasons) stays as written.
 */
export function minutesOf(db: Db, registry: DocRegistry, board: BoardRow, locale: ServerLocale): string {
  const m = workshopMessages(locale).minutes;
  const when = whenIn(locale);
  const number = new Intl.NumberFormat(intlTag(locale));
  const session = latestSession(db, board.id);
  const lines: string[] = [`# ${m.heading(md(board.title))}`, ""];
  if (session) {
    lines.push(`- ${m.start(when(session.startedAt))}`);
    if (session.endedAt) lines.push(`- ${m.end(when(session.endedAt))}`);
    lines.push(`- ${m.code(formatJoinCode(session.code))}`);
  }
  if (board.description) lines.push("", md(board.description));
  const phaseLog = db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.target, `board:${board.id}`),
        inArray(auditLog.action, ["workshop.start", "workshop.phase", "workshop.reveal", "workshop.end"]),
      ),
    )
    .orderBy(asc(auditLog.id))
    .all();
  if (phaseLog.length > 0) {
    lines.push("", `## ${m.course}`, "");
    for (const entry of phaseLog) {
      const phase = (entry.after as { phase?: string } | null)?.phase ?? "";
      const label =
        entry.action === "workshop.start"
          ? m.started
          : entry.action === "workshop.reveal"
            ? m.revealed
            : entry.action === "workshop.end"
              ? m.ended
              : m.phase(isPhase(phase) ? m.phases[phase] : md(phase));
      lines.push(`- ${when(entry.at)} – ${label}`);
    }
  }
  // The plenary's groups, rolled up from every table's canvas and the workshop's own.
  const plenary = plenaryOf(db, registry, board);
  const tableTitle = new Map(plenary.tables.map((t) => [t.id, t.title]));
  const decisions: string[] = [];
  lines.push("", `## ${m.ideas}`, "");
  const sections = [
    ...plenary.groups.map((g) => ({ id: g.id, name: md(g.name) })),
    { id: null, name: m.ungrouped },
  ];
  for (const section of sections) {
    const list = plenary.items
      .filter((x) => x.groupId === section.id)
      .sort((a, b) => b.item.idea.voteCount - a.item.idea.voteCount);
    if (list.length === 0) continue;
    lines.push(`### ${section.name}`, "");
    for (const { item, tableId } of list) {
      const { idea } = item;
      const table = tableTitle.get(tableId);
      const points = m.points(idea.voteCount, number.format(idea.voteCount));
      lines.push(`- ${md(idea.title)} – ${points}${table ? ` (${m.table(md(table))})` : ""}`);
      const decision = m.decided[idea.status];
      if (decision)
        decisions.push(
          `- ${md(idea.title)}: ${decision}${idea.statusReason ? ` (${md(idea.statusReason)})` : ""}`,
        );
    }
    lines.push("");
  }
  if (plenary.items.length === 0) lines.push(m.noIdeas, "");
  const newProjects = db
    .select({ title: projects.title })
    .from(projects)
    .where(inArray(projects.boardId, [board.id, ...plenary.tables.map((t) => t.id)]))
    .all();
  lines.push(`## ${m.decisions}`, "");
  if (decisions.length === 0 && newProjects.length === 0) lines.push(m.noDecisions);
  lines.push(...decisions);
  for (const p of newProjects) lines.push(`- ${m.newProject(md(p.title))}`);
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
