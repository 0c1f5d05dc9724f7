import { boards } from "@quer/db";
import { boardDefaults, type CreateBoardInput } from "@quer/shared";
import type { Db } from "../db/open.ts";
import { newId } from "../ids.ts";
import { type BoardRow, findBoard } from "./repo.ts";

/** Stores a new board with the defaults of its mode; returns the row. */
export function createBoard(db: Db, input: CreateBoardInput, createdBy: string | null): BoardRow {
  const values = boardDefaults(input);
  const now = Date.now();
  const id = newId();
  db.insert(boards)
    .values({
      id,
      title: values.title,
      description: values.description,
      mode: values.mode,
      moderation: values.moderation,
      votingKind: values.voting.kind,
      dots: values.voting.kind === "dots" ? values.voting.dots : null,
      categories: values.categories,
      visibility: values.visibility,
      postingOpen: values.postingOpen,
      coWriting: values.coWriting,
      createdBy,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  const row = findBoard(db, id);
  if (!row) throw new Error("board vanished after insert");
  return row;
}
