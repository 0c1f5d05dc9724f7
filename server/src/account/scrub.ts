import { docSnapshots, docUpdates, merges, outbox } from "@quer/db";
import { and, eq, isNotNull, isNull, or, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../db/open.ts";
import { ANONYMOUS_AUTHOR } from "../ideas/repo.ts";
import type { MergeRecord } from "../moderation/merge.ts";

/** Who is being deleted, as rows elsewhere may mention them. */
export interface Erased {
  id: string;
  name: string;
  email: string | null;
}

/** In place of a deleted person's address in a sent mail the outbox keeps. */
export const DELETED_RECIPIENT = "gelöschtes Konto";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Replaces the person's address (in any case) and their name (as a whole word, so a
 * short name does not eat into other words) by "Anonym".
 */
export function redact(text: string, person: Erased): string {
  let out = text;
  if (person.email) out = out.replace(new RegExp(escapeRegExp(person.email), "giu"), ANONYMOUS_AUTHOR);
  const name = person.name.trim();
  if (name) {
    out = out.replace(
      new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, "gu"),
      ANONYMOUS_AUTHOR,
    );
  }
  return out;
}

/**
 * The outbox keeps no trace of the person: mails to them not yet sent are dropped (they
 * would go to an account that no longer exists); sent ones stay as a record that a mail
 * went out, with the address, the headers and the last error removed and the name and
 * address taken out of the text. Mails to others are left alone: they name an idea
 * (title, status, reason, contact), never its people, and matching a name in others' text
 * would also hit every word that happens to be spelt like it.
 */
export function scrubOutbox(db: Db, person: Erased): void {
  if (person.email) {
    const toThem = sql`lower(${outbox.to}) = ${person.email.toLowerCase()}`;
    db.delete(outbox)
      .where(and(toThem, isNull(outbox.sentAt)))
      .run();
    for (const mail of db
      .select()
      .from(outbox)
      .where(and(toThem, isNotNull(outbox.sentAt)))
      .all()) {
      db.update(outbox)
        .set({
          to: DELETED_RECIPIENT,
          subject: redact(mail.subject, person),
          text: redact(mail.text, person),
          headers: null,
          lastError: null,
        })
        .where(eq(outbox.id, mail.id))
        .run();
    }
  }
}

/**
 * A merge keeps whose votes it moved or left out and whose co-writing it added, so that
 * undoing it restores both ideas. The person's part leaves that record: their votes are
 * gone, and undoing the merge must not bring them back (nor fail on their missing account).
 */
export function scrubMerges(db: Db, person: Erased): void {
  for (const merge of db
    .select({ id: merges.id, moved: merges.moved })
    .from(merges)
    .where(sql`instr(${merges.moved}, ${person.id}) > 0`)
    .all()) {
    const record = merge.moved as MergeRecord;
    const kept: MergeRecord = {
      ...record,
      movedVotes: record.movedVotes.filter((v) => v.userId !== person.id),
      droppedVotes: record.droppedVotes.filter((v) => v.userId !== person.id),
      addedCoauthors: record.addedCoauthors.filter((id) => id !== person.id),
    };
    db.update(merges).set({ moved: kept }).where(eq(merges.id, merge.id)).run();
  }
}

/**
 * Stored documents (snapshot or log) whose bytes contain any of `needles`, among those
 * whose names start with one of `prefixes`. Yjs stores strings as UTF-8, so a name
 * written into a document is found as it is, live or overwritten.
 */
export function storedDocsMentioning(db: Db, needles: string[], prefixes: string[]): string[] {
  const wanted = needles.filter((n) => n.length > 0).map((n) => Buffer.from(n, "utf8"));
  if (wanted.length === 0 || prefixes.length === 0) return [];
  const named = (column: SQLWrapper) =>
    or(...prefixes.map((p) => sql`substr(${column}, 1, ${p.length}) = ${p}`));
  const holding = (column: SQLWrapper) => or(...wanted.map((n) => sql`instr(${column}, ${n}) > 0`));
  const names = new Set<string>();
  for (const row of db
    .selectDistinct({ name: docSnapshots.name })
    .from(docSnapshots)
    .where(and(named(docSnapshots.name), holding(docSnapshots.state)))
    .all()) {
    names.add(row.name);
  }
  for (const row of db
    .selectDistinct({ name: docUpdates.name })
    .from(docUpdates)
    .where(and(named(docUpdates.name), holding(docUpdates.data)))
    .all()) {
    names.add(row.name);
  }
  return [...names];
}
