import { boards } from "@quer/db";
import {
  BOARD_IDEAS,
  BOARD_META,
  type BoardDocIdea,
  type BoardDocMeta,
  excerptOf,
  metaFromBoard,
  talliesVisible,
} from "@quer/shared";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../db/open.ts";
import { ANONYMOUS_AUTHOR, type IdeaWithAuthor, ideasOfBoard, isPublic } from "../ideas/repo.ts";
import { reconcileProjects } from "../projects/board-entry.ts";
import { type BoardRow, boardView, findBoard } from "./repo.ts";

/**
 * `board:<id>` is a projection of SQL. These functions write only what differs, so a
 * projection that is already right changes nothing and sends nothing.
 */
export function metaOf(row: BoardRow, tables: { id: string; title: string }[] = []): BoardDocMeta {
  return metaFromBoard(boardView(row, 0), tables);
}

export function entryOf(row: BoardRow, { idea, authorName }: IdeaWithAuthor): BoardDocIdea {
  const entry: BoardDocIdea = {
    id: idea.id,
    title: idea.title,
    excerpt: excerptOf(idea.body),
    kind: idea.kind,
    category: idea.category,
    status: idea.status,
    authorName: authorName ?? ANONYMOUS_AUTHOR,
    createdAt: new Date(idea.createdAt).toISOString(),
    comments: idea.commentCount,
  };
  if (idea.projectId) entry.projectId = idea.projectId;
  if (talliesVisible(boardView(row, 0))) entry.votes = idea.voteCount;
  return entry;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || (Array.isArray(a) && Array.isArray(b) && JSON.stringify(a) === JSON.stringify(b));
}

function writeFields(target: Y.Map<unknown>, fields: object): void {
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (!same(target.get(key), value)) target.set(key, value);
  }
}

/** A workshop's topic tables, oldest first. */
export function tablesOf(db: Db, boardId: string): { id: string; title: string }[] {
  return db
    .select({ id: boards.id, title: boards.title })
    .from(boards)
    .where(eq(boards.parentId, boardId))
    .orderBy(boards.createdAt)
    .all();
}

export function writeMeta(doc: Y.Doc, meta: BoardDocMeta): void {
  writeFields(doc.getMap(BOARD_META), meta);
}

export function writeIdea(doc: Y.Doc, entry: BoardDocIdea): void {
  const ideas = doc.getMap<Y.Map<unknown>>(BOARD_IDEAS);
  let target = ideas.get(entry.id);
  if (!(target instanceof Y.Map)) {
    target = new Y.Map<unknown>();
    ideas.set(entry.id, target);
  }
  writeFields(target, entry);
  // Tallies leave the document entirely while they are hidden.
  if (entry.votes === undefined && target.has("votes")) target.delete("votes");
}

export function removeIdea(doc: Y.Doc, id: string): void {
  const ideas = doc.getMap(BOARD_IDEAS);
  if (ideas.has(id)) ideas.delete(id);
}

/** Makes the whole document match SQL; used on load and after board-wide changes. */
export function reconcileBoard(doc: Y.Doc, db: Db, boardId: string): boolean {
  const row = findBoard(db, boardId);
  if (!row) return false;
  writeMeta(doc, metaOf(row, tablesOf(db, boardId)));
  const wanted = new Map<string, BoardDocIdea>();
  for (const item of ideasOfBoard(db, boardId)) {
    if (isPublic(item.idea)) wanted.set(item.idea.id, entryOf(row, item));
  }
  const ideas = doc.getMap(BOARD_IDEAS);
  for (const id of [...ideas.keys()]) if (!wanted.has(id)) ideas.delete(id);
  for (const entry of wanted.values()) writeIdea(doc, entry);
  reconcileProjects(doc, db, boardId);
  return true;
}
