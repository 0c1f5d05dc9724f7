import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import { isServer } from "solid-js/web";
import { perLocale } from "./i18n.ts";

const DAY = 86_400_000;
/** The reader's own in the browser; on the server, which cannot know it, the office's. */
const timeZone = isServer ? OFFICE_TIME_ZONE : undefined;

const relative = perLocale((l) => new Intl.RelativeTimeFormat(l, { numeric: "auto" }));
const mediumDate = perLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: "medium", timeZone }));
const dateTime = perLocale(
  (l) => new Intl.DateTimeFormat(l, { dateStyle: "long", timeStyle: "short", timeZone }),
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

const names = perLocale((l) => new Intl.ListFormat(l, { style: "long", type: "conjunction" }));

/** "Ben, Cem und Dana": names as the language joins them. */
export function formatList(items: readonly string[]): string {
  return names().format(items);
}
