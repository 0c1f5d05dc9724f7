import { notifications, outbox, users } from "@quer/db";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { and, asc, eq, inArray, isNotNull, isNull, lte } from "drizzle-orm";
import type { Db, Sqlite } from "../db/open.ts";
import { newId } from "../ids.ts";
import { readerLocale } from "../office/settings.ts";
import { digestMail, type StatusNotice, unsubscribeHeaders } from "./mail-text.ts";

/**
 * Puts one mail per person into the outbox with every notice not yet mailed, for those
 * who chose a daily digest. Notices are marked in the same transaction, so a digest
 * never repeats one and never loses one. Returns how many mails were queued.
 */
export function queueDigests(sqlite: Sqlite, db: Db, publicUrl: string, now = Date.now()): number {
  return sqlite.transaction(() => {
    const people = db
      .select({
        id: users.id,
        email: users.email,
        token: users.unsubscribeToken,
        locale: users.locale,
      })
      .from(users)
      .where(and(eq(users.emailNotices, "daily"), isNotNull(users.email), isNotNull(users.unsubscribeToken)))
      .all();
    let queued = 0;
    for (const person of people) {
      const due = db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.userId, person.id),
            isNull(notifications.mailedAt),
            lte(notifications.createdAt, now),
          ),
        )
        .orderBy(asc(notifications.createdAt))
        .all();
      if (due.length === 0 || !person.email || !person.token) continue;
      const mail = digestMail(
        due.map((n) => n.payload as StatusNotice),
        publicUrl,
        person.token,
        readerLocale(db, person.locale),
        now,
      );
      db.insert(outbox)
        .values({
          id: newId(),
          to: person.email,
          subject: mail.subject,
          text: mail.text,
          headers: unsubscribeHeaders(publicUrl, person.token),
          createdAt: now,
        })
        .run();
      db.update(notifications)
        .set({ mailedAt: now })
        .where(
          inArray(
            notifications.id,
            due.map((n) => n.id),
          ),
        )
        .run();
      queued += 1;
    }
    return queued;
  })();
}

/**
 * The office's day (`2026-12-06`) when the digest is due at `now`: at or after `hour` on
 * the office's clock (Europe/Berlin), whatever time zone the server runs in; null before.
 */
export function digestDay(now: number, hour: number): string | null {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: OFFICE_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  if (Number(parts.hour) < hour) return null;
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Runs the digest once a day after `hour` on the office's clock; checks every ten minutes. */
export function scheduleDigests(run: () => void, hour: number): NodeJS.Timeout {
  let lastDay = "";
  const timer = setInterval(() => {
    const day = digestDay(Date.now(), hour);
    if (day && day !== lastDay) {
      lastDay = day;
      run();
    }
  }, 10 * 60_000);
  timer.unref();
  return timer;
}
