import { z } from "zod";
import { issue } from "../http/issue-keys.ts";
import { peopleQuery } from "../ideas/coauthors.ts";
import { ideaStatuses } from "../ideas/rules.ts";
import { isSafeLink } from "../text/link.ts";
import { multiLineText, singleLineText } from "../text/schemas.ts";
import type { AuditAbout } from "./audit-actions.ts";

const reasonText = multiLineText().max(1000);

export const statusContactInput = z.strictObject({
  office: singleLineText().min(1, issue("officeRequired")).max(200),
  person: singleLineText().max(120).optional(),
  email: z.email(issue("emailInvalid")).max(254).optional(),
  phone: singleLineText().max(60).optional(),
  url: z.string().trim().max(500).refine(isSafeLink, issue("fullLinkRequired")).optional(),
});

/**
 * A status with its public reason. Declining needs a reason and forwarding needs the
 * office to contact: that is how the office answers honestly.
 */
export const statusInput = z
  .strictObject({
    status: z.enum(ideaStatuses),
    reason: reasonText.optional(),
    contact: statusContactInput.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.status === "declined" && !v.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: issue("declineNeedsReason"),
      });
    }
    if (v.status === "forwarded" && !v.contact) {
      ctx.addIssue({
        code: "custom",
        path: ["contact"],
        message: issue("forwardNeedsOffice"),
      });
    }
  });
export type StatusInput = z.infer<typeof statusInput>;

export const hideInput = z.strictObject({
  reason: multiLineText().min(1, issue("reasonRequired")).max(1000),
});
export const reportInput = z.strictObject({
  reason: multiLineText().min(1, issue("reasonRequired")).max(1000),
});
export const mergeInput = z.strictObject({ into: z.string().min(1).max(40) });
export const blockInput = z.strictObject({
  reason: multiLineText().max(1000).optional(),
});
export const editIdeaInput = z
  .strictObject({
    title: singleLineText().min(3).max(120).optional(),
    body: multiLineText().max(5000).optional(),
    commentsLocked: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: issue("nothingToChange") });

export interface ReportSummary {
  target: string;
  ideaId: string;
  commentId?: string;
  count: number;
  reasons: string[];
  /** What was reported, so the manager can judge it where the report is. */
  reported: ReportedContent;
}

export interface ReportedContent {
  /** The reported idea's title, or the title of the idea the reported comment is on. */
  ideaTitle: string;
  /** The reported idea's or comment's text, shortened; empty when it has no text. */
  excerpt: string;
  /** Its author's name as it is now (`Anonym` once their account is deleted). */
  authorName: string;
  /** Already hidden by a manager. */
  hidden: boolean;
  /** The reported comment no longer exists (then there is no excerpt or author). */
  gone?: true;
}

export interface AuditEntry {
  id: number;
  at: string;
  /** The acting manager's name as it is now; `Gelöschtes Konto` once the account is gone. */
  actorName: string;
  /** Set once the acting manager's account is deleted. */
  actorDeleted?: true;
  action: string;
  target: string;
  /** What `target` is, named when the log is read. */
  about: AuditAbout;
  /** Names of other things the details point to (a merge's other idea), by id. */
  names?: Record<string, string>;
  reason?: string;
  before?: unknown;
  after?: unknown;
}

/** `GET /api/audit?action=&target=&before=&limit=`; other parameters are ignored. */
export const auditQuery = z.object({
  action: z.string().max(60).optional(),
  target: z.string().max(80).optional(),
  before: z.coerce.number<string>().int().positive().optional(),
  limit: z.coerce.number<string>().int().min(1).max(200).optional(),
});

/** `GET /api/moderation/people?q=`: everyone without `q` (or with it empty), else by name as `peopleQuery`. */
export const deskPeopleQuery = z.object({
  q: z.union([z.literal(""), peopleQuery.shape.q]).optional(),
});
