import { projects } from "@quer/db";
import { BOARD_PROJECTS, type BoardDocProject, boardDocProject, docName, type Fund } from "@quer/shared";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { CommandContext } from "../commands.ts";
import type { Db } from "../db/open.ts";
import { findProject, fundOf, type ProjectRow, projectView } from "./repo.ts";

/**
 * A project's server-written facts in `board:<boardId>` (shape: shared/src/projects/live.ts),
 * written from SQL by the command that changed them, in its transaction. The plan itself
 * stays in `project:<id>`, which the team writes and so may not carry these.
 */
export function projectEntryOf(
  db: Db,
  row: ProjectRow,
  fund: Fund = fundOf(db, row.fundYear),
): BoardDocProject {
  return boardDocProject(projectView(db, row, null), fund);
}

/** Writes only the keys that differ, so an entry that is already right sends nothing. */
export function writeProjectEntry(doc: Y.Doc, entry: BoardDocProject): void {
  const all = doc.getMap<Y.Map<unknown>>(BOARD_PROJECTS);
  let target = all.get(entry.id);
  if (!(target instanceof Y.Map)) {
    target = new Y.Map<unknown>();
    all.set(entry.id, target);
  }
  for (const [key, value] of Object.entries(entry)) {
    if (JSON.stringify(target.get(key)) !== JSON.stringify(value)) target.set(key, value);
  }
}

/** Makes a board document's projects match SQL (on load and after board-wide changes). */
export function reconcileProjects(doc: Y.Doc, db: Db, boardId: string): void {
  const rows = db.select().from(projects).where(eq(projects.boardId, boardId)).all();
  const funds = new Map<number, Fund>();
  const all = doc.getMap(BOARD_PROJECTS);
  const wanted = new Set(rows.map((r) => r.id));
  for (const id of [...all.keys()]) if (!wanted.has(id)) all.delete(id);
  for (const row of rows) {
    let fund = funds.get(row.fundYear);
    if (!fund) {
      fund = fundOf(db, row.fundYear);
      funds.set(row.fundYear, fund);
    }
    writeProjectEntry(doc, projectEntryOf(db, row, fund));
  }
}

/** Called by commands after their SQL writes that change a project, in the same transaction. */
export function projectProject(cx: CommandContext, projectId: string): void {
  const row = findProject(cx.db, projectId);
  if (!row) return;
  cx.writeDoc(docName("board", row.boardId), (doc) => writeProjectEntry(doc, projectEntryOf(cx.db, row)));
}

/**
 * A year's fund changed (its amount, or a grant booked against it): every project of
 * that year shows what is left, on whichever board it is.
 */
export function projectFund(cx: CommandContext, year: number): void {
  const fund = fundOf(cx.db, year);
  const rows = cx.db.select().from(projects).where(eq(projects.fundYear, year)).all();
  for (const row of rows) {
    cx.writeDoc(docName("board", row.boardId), (doc) =>
      writeProjectEntry(doc, projectEntryOf(cx.db, row, fund)),
    );
  }
}
