import type { Idea } from "@quer/shared";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import type { ExportMessages } from "./messages.types.ts";

/** An idea as both tables need it: what the API shows, with its co-authors' names. */
export type ExportIdea = Idea & { coauthorNames: readonly string[] };

export interface Table {
  header: readonly string[];
  rows: (string | number | null)[][];
}

/** The header row fixed by the API contract: scripts read it, so it never changes. */
export const CONTRACT_HEADER = [
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
] as const;

/** The contract's table: stored values as they are, times in ISO 8601 UTC. */
export function contractTable(ideas: readonly ExportIdea[]): Table {
  return {
    header: CONTRACT_HEADER,
    rows: ideas.map((i) => [
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
    ]),
  };
}

const officeClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: OFFICE_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** `iso` on the office's clock (Europe/Berlin, summer time included), written as `m` writes it. */
export function officeTime(iso: string, m: ExportMessages): string {
  const parts = Object.fromEntries(officeClock.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return m.dateTime({
    day: parts.day ?? "",
    month: parts.month ?? "",
    year: parts.year ?? "",
    hour: parts.hour ?? "",
    minute: parts.minute ?? "",
  });
}

/**
 * The office's table: what a person reads in a spreadsheet. Words from the catalogue,
 * times on the office's clock, whom a forwarded idea went to, who wrote along.
 */
export function officeTable(ideas: readonly ExportIdea[], m: ExportMessages): Table {
  const h = m.header;
  return {
    header: [
      h.id,
      h.title,
      h.kind,
      h.category,
      h.status,
      h.statusReason,
      h.votes,
      h.comments,
      h.createdAt,
      h.author,
      h.coauthors,
      h.contactOffice,
      h.contactPerson,
      h.contactEmail,
      h.contactPhone,
      h.contactUrl,
    ],
    rows: ideas.map((i) => {
      const contact = i.statusContact;
      return [
        i.id,
        i.title,
        m.kind[i.kind],
        i.category,
        m.status[i.status],
        i.statusReason ?? null,
        i.votes ?? 0,
        i.comments,
        officeTime(i.createdAt, m),
        i.authorName,
        i.coauthorNames.join(m.nameSeparator) || null,
        contact?.office ?? null,
        contact?.person ?? null,
        contact?.email ?? null,
        contact?.phone ?? null,
        contact?.url ?? null,
      ];
    }),
  };
}
