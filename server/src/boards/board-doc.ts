import { boards } from "@quer/db";
import {
  BOARD_DOC_VERSION,
  BOARD_DOC_VERSION_KEY,
  BOARD_IDEAS,
  BOARD_META,
  type BoardDocIdea,
  type BoardDocMeta,
  ideaEntry,
  metaFromBoard,
  talliesVisible,
} from "@quer/shared";
import { eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../db/open.ts";
import {
  coauthorNamesOf,
  coauthorNamesOnBoard,
  type IdeaWithAuthor,
  ideasOfBoard,
  isPublic,
} from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { reconcileProjects } from "../projects/board-entry.ts";
import { type BoardRow, boardView, findBoard } from "./repo.ts";

/**
 * `board:<id>` is a projection of SQL. These functions write only what differs, so a
 * projection that is already right changes nothing and sends nothing.
 */
export function metaOf(row: BoardRow, tables: { id: string; title: string }[] = []): BoardDocMeta {
  return metaFromBoard(boardView(row, 0), tables);
}

/** The idea's entry: its public view (as a reader who is no manager gets it) as the document holds it. */
export function entryOf(row: BoardRow, item: IdeaWithAuthor, coauthors: readonly string[]): BoardDocIdea {
  return ideaEntry(ideaView(item, { showTally: talliesVisible(boardView(row, 0)) }), coauthors);
}

/** The entry of one idea, its co-authors read from SQL. */
export function entryOfIdea(db: Db, row: BoardRow, item: IdeaWithAuthor): BoardDocIdea {
  return entryOf(row, item, coauthorNamesOf(db, item.idea.id));
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
  writeFields(doc.getMap(BOARD_META), { ...meta, [BOARD_DOC_VERSION_KEY]: BOARD_DOC_VERSION });
}

export function writeIdea(doc: Y.Doc, entry: BoardDocIdea): void {
  const ideas = doc.getMap<Y.Map<unknown>>(BOARD_IDEAS);
  let target = ideas.get(entry.id);
  if (!(target instanceof Y.Map)) {
    target = new Y.Map<unknown>();
    ideas.set(entry.id, target);
  }
  writeFields(target, entry);
  // A key the entry leaves out leaves the document: tallies while hidden, a reason the
  // new status lacks, and on load whatever an older shape had that this one has not.
  for (const key of [...target.keys()]) {
    if ((entry as unknown as Record<string, unknown>)[key] === undefined) target.delete(key);
  }
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
  const coauthors = coauthorNamesOnBoard(db, boardId);
  for (const item of ideasOfBoard(db, boardId)) {
    if (isPublic(item.idea)) wanted.set(item.idea.id, entryOf(row, item, coauthors.get(item.idea.id) ?? []));
  }
  const ideas = doc.getMap(BOARD_IDEAS);
  for (const id of [...ideas.keys()]) if (!wanted.has(id)) ideas.delete(id);
  for (const entry of wanted.values()) writeIdea(doc, entry);
  reconcileProjects(doc, db, boardId);
  return true;
}
