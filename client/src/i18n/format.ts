import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { intlTag, perLocale } from "./i18n.ts";

const DAY = 86_400_000;
/**
 * The office's, in the browser as on the server: a meeting at 18:00 in Leimen reads
 * 18:00 for everyone, and the server's first view shows the same times as the app.
 */
const timeZone = OFFICE_TIME_ZONE;

const relative = perLocale((l) => new Intl.RelativeTimeFormat(intlTag(l), { numeric: "auto" }));
const mediumDate = perLocale((l) => new Intl.DateTimeFormat(intlTag(l), { dateStyle: "medium", timeZone }));
const dateTime = perLocale(
  (l) => new Intl.DateTimeFormat(intlTag(l), { dateStyle: "long", timeStyle: "short", timeZone }),
);

/**
 * "vor 5 Minuten" for the last week, a calendar date after that: recent activity reads
 * naturally, older posts get a date people can refer to.
 */
export function formatWhen(iso: string, now = Date.now()): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  const diff = at - now;
  if (Math.abs(diff) < 7 * DAY) {
    const rtf = relative();
    const minutes = Math.round(diff / 60_000);
    if (Math.abs(minutes) < 60) return rtf.format(minutes, "minute");
    const hours = Math.round(diff / 3_600_000);
    if (Math.abs(hours) < 24) return rtf.format(hours, "hour");
    return rtf.format(Math.round(diff / DAY), "day");
  }
  return mediumDate().format(at);
}

/** Full date and time, for the idea page and the `title` of short dates. */
export function formatDateTime(iso: string): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return iso;
  return dateTime().format(at);
}

const names = perLocale((l) => new Intl.ListFormat(intlTag(l), { style: "long", type: "conjunction" }));

/** "Ben, Cem und Dana": names as the language joins them. */
export function formatList(items: readonly string[]): string {
  return names().format(items);
}

const fullDay = perLocale((l) => new Intl.DateTimeFormat(intlTag(l), { dateStyle: "full", timeZone: "UTC" }));

/** A calendar day (`2026-05-14`) in full; a day has no time zone, so it never shifts. */
export function formatDay(iso: string): string {
  const at = Date.parse(`${iso}T12:00:00Z`);
  if (Number.isNaN(at)) return iso;
  return fullDay().format(at);
}
