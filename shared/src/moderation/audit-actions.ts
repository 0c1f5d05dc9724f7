/**
 * Every action the server writes into the audit log. `audit()` accepts only these, the
 * desk's filter offers them all and each has a name in the client's catalogues
 * (`server/src/audit/audit-actions.test.ts` holds the three together).
 */
export const auditActions = [
  "idea.status",
  "idea.approve",
  "idea.hide",
  "idea.restore",
  "idea.edit",
  "idea.text.restore",
  "idea.merge",
  "idea.unmerge",
  "comment.hide",
  "comment.restore",
  "report.dismiss",
  "person.block",
  "person.unblock",
  "workshop.start",
  "workshop.phase",
  "workshop.reveal",
  "workshop.table",
  "workshop.settings",
  "workshop.end",
  "office.update",
  "office.logo.set",
  "office.logo.remove",
] as const;

export type AuditAction = (typeof auditActions)[number];

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}

/** What an entry is about, named at read time: a deleted person or item has no name. */
export type AuditAboutKind = "idea" | "comment" | "person" | "board" | "other";

export interface AuditAbout {
  kind: AuditAboutKind;
  id: string;
  /** The idea's or board's title, the person's name, the comment's first words; absent once deleted. */
  name?: string;
  /** For a comment: the idea it belongs to, for a link. */
  ideaId?: string;
  /** For a person who no longer has an account. */
  deleted?: true;
}
