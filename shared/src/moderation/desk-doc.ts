/**
 * `desk:managers`: what the manager's desk shows, as numbers only. Written by the server,
 * read by those who may work at the desk (`moderation.desk`). It carries no title, name
 * or id, so even a reader who should not have it learns nothing but how busy the desk is;
 * pages fetch the content itself through the API when `version` moves.
 */
export interface DeskCounts {
  /** Posts waiting for approval. */
  pending: number;
  /** Reported ideas and comments with open reports. */
  reports: number;
  /** Posts waiting for a public answer (`moderation/answers.ts`). */
  waiting: number;
  /** Goes up with every committed change of what the desk shows. */
  version: number;
}

/** The map of `desk:managers` the counts live in. */
export const DESK_MAP = "desk";

const KEYS = ["pending", "reports", "waiting", "version"] as const;

/** Reads the counts from the document's map; anything missing or odd reads as 0. */
export function readDeskCounts(map: { get(key: string): unknown }): DeskCounts {
  const read = (k: (typeof KEYS)[number]) => {
    const v = map.get(k);
    return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0;
  };
  return {
    pending: read("pending"),
    reports: read("reports"),
    waiting: read("waiting"),
    version: read("version"),
  };
}
