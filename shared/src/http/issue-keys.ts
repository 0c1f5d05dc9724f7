/**
 * The shared schemas' own issue messages, as stable keys: the server words them in the
 * request's language (its issue catalogue, `server/src/http/issue-messages.*.ts`). Zod's
 * generic messages (a wrong type, a missing field) come from zod's own locales instead.
 * A key's text may use the limit zod records with the issue (`minimum`, `maximum`).
 */
export const issueKeys = [
  "nothingToChange",
  "writeSomething",
  "nameRequired",
  "nameTooLong",
  "emailTooLong",
  "emailInvalid",
  "passwordTooShort",
  "passwordTooLong",
  "passwordRequired",
  "linkIncomplete",
  "linkInvalid",
  "currentPasswordRequired",
  "officeRequired",
  "fullLinkRequired",
  "declineNeedsReason",
  "forwardNeedsOffice",
  "reasonRequired",
  "tooManyCategories",
  "categoriesOnce",
  "titleRequired",
  "titleTooShort",
  "tooLong",
  "commentRequired",
  "codeRequired",
  "feedbackRequired",
  "feedbackTooLong",
  "sitePageRequired",
  "unknownLanguage",
] as const;

export type IssueKey = (typeof issueKeys)[number];

const known: ReadonlySet<string> = new Set(issueKeys);

export const isIssueKey = (value: string): value is IssueKey => known.has(value);

/** An issue message for a schema: the key, checked against the list. */
export const issue = <K extends IssueKey>(key: K): K => key;
