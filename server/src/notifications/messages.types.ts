import type { IdeaStatus } from "@quer/shared";

/** What notice mails and the daily digest say, per language. */
export interface NoticeMessages {
  /** An idea's status as a mail names it. */
  status: Record<IdeaStatus, string>;
  greeting: string;
  /** The first line of a status notice. */
  newStatus: (title: string, status: string) => string;
  reason: (reason: string) => string;
  /** The office or service now in charge of a forwarded idea, and how to reach it. */
  contact: {
    office: (name: string) => string;
    person: (name: string) => string;
    email: (address: string) => string;
    phone: (number: string) => string;
    url: (address: string) => string;
  };
  toIdea: (url: string) => string;
  statusSubject: (title: string, status: string) => string;
  project: {
    headline: (title: string) => string;
    invitation: string;
    link: (url: string) => string;
    subject: (title: string) => string;
  };
  approved: {
    headline: (title: string) => string;
    next: string;
    subject: (title: string) => string;
  };
  digest: {
    subjectOne: (title: string) => string;
    /** `count` as a number for plural rules, `shown` as Intl wrote it. */
    subjectMany: (count: number, shown: string) => string;
    /** `date` is the day the digest is for, written by Intl in the office's time zone. */
    intro: (date: string) => string;
  };
  footer: {
    why: string;
    stop: (url: string) => string;
  };
}
