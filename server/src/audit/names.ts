import { boards, comments, ideas, users } from "@quer/db";
import type { AuditAbout } from "@quer/shared";
import { inArray } from "drizzle-orm";
import type { Db } from "../db/open.ts";

/** How much of a comment names it in the log: its first words, not all of it. */
const EXCERPT = 80;

export function excerpt(text: string, length = EXCERPT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}

function split(target: string): { kind: string; id: string } {
  const at = target.indexOf(":");
  return at < 0 ? { kind: "other", id: target } : { kind: target.slice(0, at), id: target.slice(at + 1) };
}

/**
 * Names what audit entries are about when the log is read, never when it is written: the
 * log keeps ids only, so a deleted person leaves no name in it (decision 0016), and a title
 * shows as it is now.
 */
export class AuditNames {
  private readonly ideaTitles = new Map<string, string>();
  private readonly boardTitles = new Map<string, string>();
  private readonly people = new Map<string, string>();
  private readonly commentRows = new Map<string, { ideaId: string; body: string }>();

  constructor(db: Db, targets: string[], ideaIds: string[] = []) {
    const ids = {
      idea: new Set(ideaIds),
      comment: new Set<string>(),
      person: new Set<string>(),
      board: new Set<string>(),
    };
    for (const target of targets) {
      const { kind, id } = split(target);
      if (kind === "idea" || kind === "comment" || kind === "person" || kind === "board") ids[kind].add(id);
    }
    if (ids.comment.size) {
      for (const row of db
        .select({
          id: comments.id,
          ideaId: comments.ideaId,
          body: comments.body,
        })
        .from(comments)
        .where(inArray(comments.id, [...ids.comment]))
        .all()) {
        this.commentRows.set(row.id, { ideaId: row.ideaId, body: row.body });
      }
    }
    if (ids.idea.size) {
      for (const row of db
        .select({ id: ideas.id, title: ideas.title })
        .from(ideas)
        .where(inArray(ideas.id, [...ids.idea]))
        .all()) {
        this.ideaTitles.set(row.id, row.title);
      }
    }
    if (ids.board.size) {
      for (const row of db
        .select({ id: boards.id, title: boards.title })
        .from(boards)
        .where(inArray(boards.id, [...ids.board]))
        .all()) {
        this.boardTitles.set(row.id, row.title);
      }
    }
    if (ids.person.size) {
      for (const row of db
        .select({ id: users.id, name: users.name })
        .from(users)
        .where(inArray(users.id, [...ids.person]))
        .all()) {
        this.people.set(row.id, row.name);
      }
    }
  }

  ideaTitle(id: string): string | undefined {
    return this.ideaTitles.get(id);
  }

  about(target: string): AuditAbout {
    const { kind, id } = split(target);
    switch (kind) {
      case "idea":
        return withName({ kind, id }, this.ideaTitles.get(id));
      case "board":
        return withName({ kind, id }, this.boardTitles.get(id));
      case "comment": {
        const row = this.commentRows.get(id);
        return row ? { kind, id, name: excerpt(row.body), ideaId: row.ideaId } : { kind, id };
      }
      case "person": {
        const name = this.people.get(id);
        return name === undefined ? { kind, id, deleted: true } : { kind, id, name };
      }
      default:
        return { kind: "other", id: target };
    }
  }
}

function withName(about: AuditAbout, name: string | undefined): AuditAbout {
  return name === undefined ? about : { ...about, name };
}
