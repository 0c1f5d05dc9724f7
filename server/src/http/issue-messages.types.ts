import type { IssueKey } from "@quer/shared/http/issue-keys";

/** The limit zod records with a length issue, for texts that name it. */
export interface IssueLimit {
  min: number;
  max: number;
}

/**
 * The shared schemas' own issue messages, per language, by their keys
 * (`shared/src/http/issue-keys.ts`). Zod's generic messages come from zod's locales.
 */
export type IssueMessages = Record<IssueKey, string | ((limit: IssueLimit) => string)>;
