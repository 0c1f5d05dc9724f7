import type { IdeaStatus } from "@quer/shared";

/** What the workshop's server-written texts say, per language: the minutes and guest names. */
export interface WorkshopMessages {
  minutes: {
    heading: (board: string) => string;
    start: (when: string) => string;
    end: (when: string) => string;
    code: (code: string) => string;
    course: string;
    /** The audit log's workshop entries, one line each. */
    started: string;
    revealed: string;
    ended: string;
    phase: (name: string) => string;
    phases: { collect: string; cluster: string; vote: string; results: string };
    ideas: string;
    ungrouped: string;
    /** `count` for plural rules, `shown` as Intl wrote it. */
    points: (count: number, shown: string) => string;
    table: (title: string) => string;
    noIdeas: string;
    decisions: string;
    noDecisions: string;
    /** What the office decided about an idea, in the list of decisions; only these statuses. */
    decided: Partial<Record<IdeaStatus, string>>;
    newProject: (title: string) => string;
    /** Added to the workshop's title in the download's file name. */
    fileSuffix: string;
    /** A workshop whose title leaves nothing for a file name. */
    fileFallback: string;
  };
  /** A guest who gave no name, told apart by four letters of their id. */
  guestName: (tag: string) => string;
  /** What a guest's ideas are signed with once their name was removed after the workshop. */
  formerGuest: string;
}
