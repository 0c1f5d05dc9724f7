import { type IdeaStatus, type StatusContact, singleLine } from "@quer/shared";

/** Mails are in German, the office's language; the app itself offers more. */
export const STATUS_LABEL: Record<IdeaStatus, string> = {
  new: "Neu",
  reviewing: "Wird geprüft",
  accepted: "Angenommen",
  project: "Wird Projekt",
  done: "Umgesetzt",
  declined: "Abgelehnt",
  forwarded: "Weitergeleitet",
};

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

function contactLines(contact: StatusContact): string[] {
  const lines = [`Zuständig: ${line(contact.office)}`];
  if (contact.person) lines.push(`Ansprechperson: ${line(contact.person)}`);
  if (contact.email) lines.push(`E-Mail: ${line(contact.email)}`);
  if (contact.phone) lines.push(`Telefon: ${line(contact.phone)}`);
  if (contact.url) lines.push(`Web: ${line(contact.url)}`);
  return lines;
}

/** What the project notice says; German, as every mail (see STATUS_LABEL). */
export const PROJECT_TEXT = {
  headline: (title: string) => `„${title}“ wird ein Projekt!`,
  invitation: "Das Projekt hat ein Team, einen Plan und Neuigkeiten – mach mit, wenn du magst.",
  link: "Zum Projekt",
  subject: (title: string) => `Gute Nachricht: „${title}“ wird ein Projekt`,
};

/** What the approval notice says; German, as every mail (see STATUS_LABEL). */
export const APPROVED_TEXT = {
  headline: (title: string) => `„${title}“ ist geprüft und jetzt für alle sichtbar.`,
  next: "Das Quartiersbüro antwortet auf jeden Beitrag; du bekommst Bescheid, wenn sich etwas tut.",
  subject: (title: string) => `Dein Beitrag „${title}“ ist veröffentlicht`,
};

function approvedLines(n: StatusNotice, publicUrl: string): string[] {
  return [
    APPROVED_TEXT.headline(line(n.title)),
    APPROVED_TEXT.next,
    `Zur Idee: ${publicUrl}/ideas/${n.ideaId}`,
  ];
}

function projectLines(n: StatusNotice, projectId: string, publicUrl: string): string[] {
  return [
    PROJECT_TEXT.headline(line(n.title)),
    PROJECT_TEXT.invitation,
    `${PROJECT_TEXT.link}: ${publicUrl}/projects/${projectId}`,
    `Zur Idee: ${publicUrl}/ideas/${n.ideaId}`,
  ];
}

export function noticeLines(n: StatusNotice, publicUrl: string): string[] {
  if (n.projectId) return projectLines(n, n.projectId, publicUrl);
  if (n.approved) return approvedLines(n, publicUrl);
  const lines = [`„${line(n.title)}“ – neuer Stand: ${STATUS_LABEL[n.status]}`];
  if (n.reason) lines.push(`Begründung: ${line(n.reason)}`);
  if (n.contact) lines.push(...contactLines(n.contact));
  lines.push(`Zur Idee: ${publicUrl}/ideas/${n.ideaId}`);
  return lines;
}

function footer(publicUrl: string, token: string): string[] {
  return [
    "",
    "–",
    "Du bekommst diese Nachricht, weil du die Idee geschrieben, mitgeschrieben, unterstützt oder kommentiert hast.",
    `Keine E-Mails mehr: ${publicUrl}/unsubscribe/${token}`,
  ];
}

export function statusMail(n: StatusNotice, publicUrl: string, token: string) {
  return {
    subject: n.projectId
      ? PROJECT_TEXT.subject(line(n.title))
      : n.approved
        ? APPROVED_TEXT.subject(line(n.title))
        : `Neuigkeiten zu „${line(n.title)}“: ${STATUS_LABEL[n.status]}`,
    text: ["Hallo,", "", ...noticeLines(n, publicUrl), ...footer(publicUrl, token)].join("\n"),
  };
}

export function digestMail(notices: StatusNotice[], publicUrl: string, token: string) {
  const blocks = notices.flatMap((n) => ["", ...noticeLines(n, publicUrl)]);
  return {
    subject:
      notices.length === 1
        ? `Neuigkeiten zu „${line(notices[0]?.title ?? "")}“`
        : `Neuigkeiten zu ${notices.length} Ideen aus deinem Viertel`,
    text: [
      "Hallo,",
      "",
      "das hat sich heute bei den Ideen getan, an denen du beteiligt bist:",
      ...blocks,
      ...footer(publicUrl, token),
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
