import { auditLog, projects } from "@quer/db";
import { formatJoinCode, singleLine } from "@quer/shared";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { BoardRow } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import type { DocRegistry } from "../sync/registry.ts";
import { plenaryOf } from "./plenary.ts";
import { latestSession } from "./repo.ts";

const PHASE_NAMES: Record<string, string> = {
  collect: "Sammeln",
  cluster: "Ordnen",
  vote: "Punkten",
  results: "Ergebnis",
};

const STATUS_DECISIONS: Record<string, string> = {
  accepted: "angenommen",
  project: "wird Projekt",
  done: "umgesetzt",
  declined: "abgelehnt",
  forwarded: "weitergeleitet",
};

function when(ms: number): string {
  return new Date(ms).toLocaleString("de-DE", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: OFFICE_TIME_ZONE,
  });
}

/**
 * Markdown text is escaped where a title could start a list, heading or link, and kept
 * on its line: group names come straight from `canvas:<id>`, where anything can stand.
 */
function md(text: string): string {
  return singleLine(text).replace(/([\\`*_[\]<>#|])/g, "\\$1");
}

/** The minutes (Protokoll) of a workshop as Markdown: print-ready on the minutes page too. */
export function minutesOf(db: Db, registry: DocRegistry, board: BoardRow): string {
  const session = latestSession(db, board.id);
  const lines: string[] = [`# Protokoll: ${md(board.title)}`, ""];
  if (session) {
    lines.push(`- Beginn: ${when(session.startedAt)}`);
    if (session.endedAt) lines.push(`- Ende: ${when(session.endedAt)}`);
    lines.push(`- Code: ${formatJoinCode(session.code)}`);
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
    lines.push("", "## Ablauf", "");
    for (const entry of phaseLog) {
      const phase = (entry.after as { phase?: string } | null)?.phase;
      const label =
        entry.action === "workshop.start"
          ? "Start (Sammeln)"
          : entry.action === "workshop.reveal"
            ? "Ergebnis aufgedeckt"
            : entry.action === "workshop.end"
              ? "Ende"
              : `Phase: ${PHASE_NAMES[phase ?? ""] ?? phase}`;
      lines.push(`- ${when(entry.at)} – ${label}`);
    }
  }
  // The plenary's groups, rolled up from every table's canvas and the workshop's own.
  const plenary = plenaryOf(db, registry, board);
  const tableTitle = new Map(plenary.tables.map((t) => [t.id, t.title]));
  const decisions: string[] = [];
  lines.push("", "## Ideen", "");
  const sections = [
    ...plenary.groups.map((g) => ({ id: g.id, name: g.name })),
    { id: null, name: "Ohne Gruppe" },
  ];
  for (const section of sections) {
    const list = plenary.items
      .filter((x) => x.groupId === section.id)
      .sort((a, b) => b.item.idea.voteCount - a.item.idea.voteCount);
    if (list.length === 0) continue;
    lines.push(`### ${md(section.name)}`, "");
    for (const { item, tableId } of list) {
      const { idea } = item;
      const table = tableTitle.get(tableId);
      lines.push(
        `- ${md(idea.title)} – ${idea.voteCount} ${idea.voteCount === 1 ? "Punkt" : "Punkte"}${table ? ` (Thementisch: ${md(table)})` : ""}`,
      );
      const decision = STATUS_DECISIONS[idea.status];
      if (decision)
        decisions.push(
          `- ${md(idea.title)}: ${decision}${idea.statusReason ? ` (${md(idea.statusReason)})` : ""}`,
        );
    }
    lines.push("");
  }
  if (plenary.items.length === 0) lines.push("Keine Ideen.", "");
  const newProjects = db
    .select({ title: projects.title })
    .from(projects)
    .where(inArray(projects.boardId, [board.id, ...plenary.tables.map((t) => t.id)]))
    .all();
  lines.push("## Beschlüsse", "");
  if (decisions.length === 0 && newProjects.length === 0) lines.push("Keine.");
  lines.push(...decisions);
  for (const p of newProjects) lines.push(`- Neues Projekt: ${md(p.title)}`);
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
