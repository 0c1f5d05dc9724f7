import { ideaVersions, ideaVersionWriters, users } from "@quer/db";
import type { IdeaVersion } from "@quer/shared";
import { and, asc, desc, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { ANONYMOUS_AUTHOR } from "./repo.ts";

/**
 * Versions kept per idea besides its very first: the newest hundred. Enough to go back
 * through a long evening of co-writing in stop-and-go (one version per pause of
 * `historyQuietMs`), small enough that an idea's history stays a few hundred kilobytes at
 * most (titles ≤ 120, bodies ≤ 5000 characters). The first version stays for ever: it is
 * the text as it was posted, the one a wipe most often needs back.
 */
export const KEEP_NEWEST_VERSIONS = 100;

export interface IdeaText {
  title: string;
  body: string;
}

function newestOf(db: Db, ideaId: string): (IdeaText & { id: number }) | undefined {
  return db
    .select({ id: ideaVersions.id, title: ideaVersions.title, body: ideaVersions.body })
    .from(ideaVersions)
    .where(eq(ideaVersions.ideaId, ideaId))
    .orderBy(desc(ideaVersions.id))
    .limit(1)
    .get();
}

/**
 * Keeps `text` as the idea's newest version, written by `writerIds` since the one before;
 * nothing when it is the same as the newest one. Call inside a transaction. Returns the
 * new version's id, or null when none was needed.
 */
export function keepVersion(
  db: Db,
  ideaId: string,
  text: IdeaText,
  writerIds: Iterable<string>,
  at = Date.now(),
): number | null {
  const newest = newestOf(db, ideaId);
  if (newest && newest.title === text.title && newest.body === text.body) return null;
  const row = db
    .insert(ideaVersions)
    .values({ ideaId, title: text.title, body: text.body, at })
    .returning({ id: ideaVersions.id })
    .get();
  const writers = [...new Set(writerIds)];
  if (writers.length > 0) {
    // A writer whose account went meanwhile is simply not recorded; the rest in the order they wrote.
    const existing = new Set(
      db
        .select({ id: users.id })
        .from(users)
        .where(inArray(users.id, writers))
        .all()
        .map((u) => u.id),
    );
    const known = writers.filter((id) => existing.has(id)).map((userId) => ({ versionId: row.id, userId }));
    if (known.length > 0) db.insert(ideaVersionWriters).values(known).run();
  }
  prune(db, ideaId);
  return row.id;
}

/** Drops versions beyond the bound: all but the first and the newest `KEEP_NEWEST_VERSIONS`. */
function prune(db: Db, ideaId: string): void {
  const keep = db
    .select({ id: ideaVersions.id })
    .from(ideaVersions)
    .where(eq(ideaVersions.ideaId, ideaId))
    .orderBy(desc(ideaVersions.id))
    .limit(KEEP_NEWEST_VERSIONS)
    .all()
    .map((v) => v.id);
  if (keep.length < KEEP_NEWEST_VERSIONS) return;
  const first = db
    .select({ id: ideaVersions.id })
    .from(ideaVersions)
    .where(eq(ideaVersions.ideaId, ideaId))
    .orderBy(asc(ideaVersions.id))
    .limit(1)
    .get();
  if (first) keep.push(first.id);
  db.delete(ideaVersions)
    .where(and(eq(ideaVersions.ideaId, ideaId), notInArray(ideaVersions.id, keep)))
    .run();
}

/** Whether the idea has any version yet. */
export function hasVersions(db: Db, ideaId: string): boolean {
  return newestOf(db, ideaId) !== undefined;
}

/** One version of this idea, or undefined (also for a version of another idea). */
export function findVersion(db: Db, ideaId: string, versionId: number) {
  return db
    .select()
    .from(ideaVersions)
    .where(and(eq(ideaVersions.id, versionId), eq(ideaVersions.ideaId, ideaId)))
    .get();
}

/** The idea's versions, newest first, with the names of their writers as they are now. */
export function versionsOf(db: Db, ideaId: string): IdeaVersion[] {
  const rows = db
    .select()
    .from(ideaVersions)
    .where(eq(ideaVersions.ideaId, ideaId))
    .orderBy(desc(ideaVersions.id))
    .all();
  if (rows.length === 0) return [];
  const names = new Map<number, string[]>();
  for (const w of db
    .select({ versionId: ideaVersionWriters.versionId, name: users.name })
    .from(ideaVersionWriters)
    .leftJoin(users, eq(users.id, ideaVersionWriters.userId))
    .where(
      inArray(
        ideaVersionWriters.versionId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(ideaVersionWriters.id))
    .all()) {
    const list = names.get(w.versionId) ?? [];
    // Deleted accounts are one "Anonym", however many they were.
    if (w.name !== null) list.push(w.name);
    else if (!list.includes(ANONYMOUS_AUTHOR)) list.push(ANONYMOUS_AUTHOR);
    names.set(w.versionId, list);
  }
  return rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    by: names.get(r.id) ?? [],
    title: r.title,
    body: r.body,
  }));
}
