import { type IdeaStatus, type StatusContact, singleLine } from "@quer/shared";
import { intlTag } from "@quer/shared/i18n/locales";
import { OFFICE_TIME_ZONE } from "@quer/shared/office/time-zone";
import type { ServerLocale } from "../http/locale.ts";
import { noticeMessages } from "./messages.ts";
import type { NoticeMessages } from "./messages.types.ts";

export interface StatusNotice {
  ideaId: string;
  title: string;
  status: IdeaStatus;
  reason?: string | null | undefined;
  contact?: StatusContact | null | undefined;
  /** Set when the idea became a project: the notice is then the good news of that step. */
  projectId?: string | undefined;
  /** Set when a post that waited for approval became public. */
  approved?: true | undefined;
}

/**
 * Every value stays on its own line: a title with a line break could otherwise write a
 * line of its own into the mail (a fake link, a fake sender). Input is normalised when
 * it arrives; this also covers what was stored before that.
 */
const line = singleLine;

function contactLines(contact: StatusContact, m: NoticeMessages): string[] {
  const lines = [m.contact.office(line(contact.office))];
  if (contact.person) lines.push(m.contact.person(line(contact.person)));
  if (contact.email) lines.push(m.contact.email(line(contact.email)));
  if (contact.phone) lines.push(m.contact.phone(line(contact.phone)));
  if (contact.url) lines.push(m.contact.url(line(contact.url)));
  return lines;
}

function approvedLines(n: StatusNotice, publicUrl: string, m: NoticeMessages): string[] {
  return [m.approved.headline(line(n.title)), m.approved.next, m.toIdea(`${publicUrl}/ideas/${n.ideaId}`)];
}

function projectLines(n: StatusNotice, projectId: string, publicUrl: string, m: NoticeMessages): string[] {
  return [
    m.project.headline(line(n.title)),
    m.project.invitation,
    m.project.link(`${publicUrl}/projects/${projectId}`),
    m.toIdea(`${publicUrl}/ideas/${n.ideaId}`),
  ];
}

/**
 * A notice as mail lines, in the reader's language. The notice is stored as its facts
 * (status, title, reason), never as text, so it reads in whatever language it is sent in.
 */
export function noticeLines(n: StatusNotice, publicUrl: string, m: NoticeMessages): string[] {
  if (n.projectId) return projectLines(n, n.projectId, publicUrl, m);
  if (n.approved) return approvedLines(n, publicUrl, m);
  const lines = [m.newStatus(line(n.title), m.status[n.status])];
  if (n.reason) lines.push(m.reason(line(n.reason)));
  if (n.contact) lines.push(...contactLines(n.contact, m));
  lines.push(m.toIdea(`${publicUrl}/ideas/${n.ideaId}`));
  return lines;
}

function footer(publicUrl: string, token: string, m: NoticeMessages): string[] {
  return ["", "–", m.footer.why, m.footer.stop(`${publicUrl}/unsubscribe/${token}`)];
}

export function statusMail(n: StatusNotice, publicUrl: string, token: string, locale: ServerLocale) {
  const m = noticeMessages(locale);
  return {
    subject: n.projectId
      ? m.project.subject(line(n.title))
      : n.approved
        ? m.approved.subject(line(n.title))
        : m.statusSubject(line(n.title), m.status[n.status]),
    text: [m.greeting, "", ...noticeLines(n, publicUrl, m), ...footer(publicUrl, token, m)].join("\n"),
  };
}

/** The day a digest is for, as the reader's language writes it, in the office's time zone. */
export function mailDate(ms: number, locale: ServerLocale): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "long",
    timeZone: OFFICE_TIME_ZONE,
  }).format(ms);
}

export function digestMail(
  notices: StatusNotice[],
  publicUrl: string,
  token: string,
  locale: ServerLocale,
  now: number,
) {
  const m = noticeMessages(locale);
  const blocks = notices.flatMap((n) => ["", ...noticeLines(n, publicUrl, m)]);
  const count = new Intl.NumberFormat(intlTag(locale)).format(notices.length);
  return {
    subject:
      notices.length === 1
        ? m.digest.subjectOne(line(notices[0]?.title ?? ""))
        : m.digest.subjectMany(notices.length, count),
    text: [
      m.greeting,
      "",
      m.digest.intro(mailDate(now, locale)),
      ...blocks,
      ...footer(publicUrl, token, m),
    ].join("\n"),
  };
}

/** RFC 8058 one-click unsubscribe: mail programs POST to this address. */
export function unsubscribeHeaders(publicUrl: string, token: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${publicUrl}/api/unsubscribe/${token}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
