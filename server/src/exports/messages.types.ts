import type { IdeaKind, IdeaStatus } from "@quer/shared";

/** Every word of the office's table and of the export file names, per language. */
export interface ExportMessages {
  /** The office table's header row, in column order (see `office-table.ts`). */
  header: {
    id: string;
    title: string;
    kind: string;
    category: string;
    status: string;
    statusReason: string;
    votes: string;
    comments: string;
    createdAt: string;
    author: string;
    coauthors: string;
    contactOffice: string;
    contactPerson: string;
    contactEmail: string;
    contactPhone: string;
    contactUrl: string;
  };
  kind: Record<IdeaKind, string>;
  status: Record<IdeaStatus, string>;
  /** Between the names in the co-authors' cell. */
  nameSeparator: string;
  /** A point in time in the office's time zone, given its parts (two digits each, year four). */
  dateTime: (p: { day: string; month: string; year: string; hour: string; minute: string }) => string;
  /** Added to the board's title in each file's name, so the downloads differ. */
  fileSuffix: { office: string; contract: string; json: string };
  /** A board whose title leaves nothing for a file name. */
  fileFallback: string;
  forbidden: string;
  notFound: string;
}
