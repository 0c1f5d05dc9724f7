import { can, csvExportQuery, type Idea } from "@quer/shared";
import { type Context, Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import { commentsOf } from "../comments/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { queryOf } from "../http/validate.ts";
import { historyOf, ideasOfBoard, isPublic } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { toCsv } from "./csv.ts";

const HEADER = [
  "id",
  "title",
  "kind",
  "category",
  "status",
  "status_reason",
  "votes",
  "comments",
  "created_at",
  "author",
];

/** The board a manager exports: 404 unseen, 401 anonymous, 403 not a manager. */
function exportableBoard(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const actor = c.get("actor");
  const row = findBoard(db, c.req.param("id") ?? "");
  if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound("Dieses Board gibt es nicht.");
  if (actor.kind === "anonymous") throw unauthenticated();
  if (!can(actor, "board.update", boardFacts(row)))
    throw forbidden("Exporte erstellt die Quartiersmanagerin.");
  return row;
}

/** Ideas everyone can see (not pending, hidden or merged), oldest first. */
function publicIdeas(c: Context<AppEnv>, boardId: string): Idea[] {
  return ideasOfBoard(c.get("services").db, boardId)
    .filter((item) => isPublic(item.idea))
    .map((item) => ({ ...ideaView(item, { showTally: true }), authorName: item.authorName ?? "" }));
}

function fileName(title: string, ext: string): string {
  const base =
    title
      .normalize("NFKD")
      .replace(/[^\w-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "board";
  return `${base}.${ext}`;
}

/** Mounted at `/api/boards`. */
export const exportRoutes = new Hono<AppEnv>()
  .get("/:id/export.csv", queryOf(csvExportQuery), (c) => {
    const board = exportableBoard(c);
    const sep = c.req.valid("query").sep ?? ",";
    const rows = publicIdeas(c, board.id).map((i) => [
      i.id,
      i.title,
      i.kind,
      i.category,
      i.status,
      i.statusReason ?? null,
      i.votes ?? 0,
      i.comments,
      i.createdAt,
      i.authorName,
    ]);
    return c.body(toCsv(HEADER, rows, sep), 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName(board.title, "csv")}"`,
    });
  })
  .get("/:id/export.json", (c) => {
    const board = exportableBoard(c);
    const { db } = c.get("services");
    const ideas = publicIdeas(c, board.id).map((idea) => ({
      ...idea,
      statusHistory: historyOf(db, idea.id),
      commentList: commentsOf(db, idea.id, null),
    }));
    c.header("Content-Disposition", `attachment; filename="${fileName(board.title, "json")}"`);
    return c.json({ exportedAt: new Date().toISOString(), board: boardView(board, ideas.length), ideas });
  });
