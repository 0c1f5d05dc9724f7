import { auditLog, projects } from "@quer/db";
import { CANVAS_GROUPS, CANVAS_PLACEMENT, docName, formatJoinCode, singleLine } from "@quer/shared";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { and, asc, eq, inArray } from "drizzle-orm";
import * as Y from "yjs";
import { tablesOf } from "../boards/board-doc.ts";
import type { BoardRow } from "../boards/repo.ts";
import type { Db } from "../db/open.ts";
import { ideasOfBoard, isPublic } from "../ideas/repo.ts";
import type { DocRegistry } from "../sync/registry.ts";
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

interface Group {
  id: string;
  name: string;
  order: number;
}

/** Groups and placement from `canvas:<boardId>`, read without changing anything. */
function canvasOf(
  registry: DocRegistry,
  boardId: string,
): { groups: Group[]; placement: Map<string, string> } {
  const live = registry.get(docName("canvas", boardId));
  const doc = live?.doc ?? new Y.Doc();
  const groups: Group[] = [];
  doc.getMap<Y.Map<unknown>>(CANVAS_GROUPS).forEach((g, id) => {
    if (!(g instanceof Y.Map)) return;
    groups.push({ id, name: String(g.get("name") ?? ""), order: Number(g.get("order") ?? 0) });
  });
  const placement = new Map<string, string>();
  doc.getMap<string>(CANVAS_PLACEMENT).forEach((groupId, ideaId) => {
    placement.set(ideaId, String(groupId));
  });
  return { groups: groups.sort((a, b) => a.order - b.order), placement };
}

/** The minutes (Protokoll) of a workshop as Markdown: print-ready on the minutes page too. */
export function minutesOf(db: Db, registry: DocRegistry, board: BoardRow): string {
  const session = latestSession(db, board.id);
  const tables = [{ id: board.id, title: board.title }, ...tablesOf(db, board.id)];
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
  const decisions: string[] = [];
  for (const table of tables) {
    const items = ideasOfBoard(db, table.id).filter((i) => isPublic(i.idea));
    const { groups, placement } = canvasOf(registry, table.id);
    lines.push("", tables.length > 1 ? `## Thementisch: ${md(table.title)}` : "## Ideen", "");
    const byGroup = new Map<string, typeof items>();
    for (const item of items) {
      const groupId = placement.get(item.idea.id);
      const key = groupId && groups.some((g) => g.id === groupId) ? groupId : "";
      byGroup.set(key, [...(byGroup.get(key) ?? []), item]);
    }
    const sections = [...groups.map((g) => ({ id: g.id, name: g.name })), { id: "", name: "Ohne Gruppe" }];
    for (const section of sections) {
      const list = (byGroup.get(section.id) ?? []).sort((a, b) => b.idea.voteCount - a.idea.voteCount);
      if (list.length === 0) continue;
      lines.push(`### ${md(section.name)}`, "");
      for (const { idea } of list) {
        lines.push(`- ${md(idea.title)} – ${idea.voteCount} ${idea.voteCount === 1 ? "Punkt" : "Punkte"}`);
        const decision = STATUS_DECISIONS[idea.status];
        if (decision)
          decisions.push(
            `- ${md(idea.title)}: ${decision}${idea.statusReason ? ` (${md(idea.statusReason)})` : ""}`,
          );
      }
      lines.push("");
    }
    if (items.length === 0) lines.push("Keine Ideen.", "");
  }
  const newProjects = db
    .select({ title: projects.title })
    .from(projects)
    .where(
      inArray(
        projects.boardId,
        tables.map((t) => t.id),
      ),
    )
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
