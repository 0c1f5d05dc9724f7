import { can, csvExportQuery } from "@quer/shared";
import { type Context, Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import { commentsOf } from "../comments/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated, worded } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { queryOf } from "../http/validate.ts";
import { coauthorNamesOnBoard, historyOf, ideasOfBoard, isPublic } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { toCsv } from "./csv.ts";
import { attachment } from "./file-name.ts";
import { exportMessages } from "./messages.ts";
import { contractTable, type ExportIdea, officeTable } from "./tables.ts";

/** The board a manager exports: 404 unseen, 401 anonymous, 403 not a manager. */
function exportableBoard(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const m = exportMessages(requestLocale(c));
  const row = findBoard(db, c.req.param("id") ?? "");
  if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound(worded(m.notFound));
  if (actor.kind === "anonymous") throw unauthenticated();
  if (!can(actor, "board.update", boardFacts(row))) throw forbidden(worded(m.forbidden));
  return row;
}

/** Ideas everyone can see (not pending, hidden or merged), oldest first. */
function publicIdeas(c: Context<AppEnv>, boardId: string): ExportIdea[] {
  const { db } = c.get("services");
  const coauthors = coauthorNamesOnBoard(db, boardId);
  return ideasOfBoard(db, boardId)
    .filter((item) => isPublic(item.idea))
    .map((item) => ({
      ...ideaView(item, { showTally: true }),
      authorName: item.authorName ?? "",
      coauthorNames: coauthors.get(item.idea.id) ?? [],
    }));
}

/** Mounted at `/api/boards`. */
export const exportRoutes = new Hono<AppEnv>()
  .get("/:id/export.csv", queryOf(csvExportQuery), (c) => {
    const board = exportableBoard(c);
    const query = c.req.valid("query");
    const m = exportMessages(requestLocale(c));
    const ideas = publicIdeas(c, board.id);
    // The office's table is for a German Excel, which splits on semicolons; the
    // contract's keeps its comma.
    const office = query.format === "office";
    const table = office ? officeTable(ideas, m) : contractTable(ideas);
    const sep = query.sep ?? (office ? ";" : ",");
    const suffix = office ? m.fileSuffix.office : m.fileSuffix.contract;
    return c.body(toCsv(table.header, table.rows, sep), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachment(board.title, suffix, "csv", m.fileFallback),
    });
  })
  .get("/:id/export.json", (c) => {
    const board = exportableBoard(c);
    const { db } = c.get("services");
    const m = exportMessages(requestLocale(c));
    const ideas = publicIdeas(c, board.id).map(({ coauthorNames: _, ...idea }) => ({
      ...idea,
      statusHistory: historyOf(db, idea.id),
      commentList: commentsOf(db, idea.id, null),
    }));
    c.header("Content-Disposition", attachment(board.title, m.fileSuffix.json, "json", m.fileFallback));
    return c.json({ exportedAt: new Date().toISOString(), board: boardView(board, ideas.length), ideas });
  });
