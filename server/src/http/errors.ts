import { type ApiErrorBody, type ApiIssue, type ErrorCode, statusOfCode } from "@quer/shared";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { requestLocale, type ServerLocale } from "./locale.ts";
import { type Wording, wordingIn } from "./refusals.ts";

/** A field's issue as code names it; worded like the error's message. */
export interface IssueWording {
  path: (string | number)[];
  message: Wording;
}

/**
 * A refusal the client caused: always a 4xx with a message a person can act on. Code
 * names the message by its key in the refusal catalogue (`refusal-messages.*.ts`), so
 * service code without a request can throw it too; the words are chosen in `sendError`,
 * in the request's language. `Error.message` holds the German words, for logs.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly wording: Wording,
    readonly issues?: IssueWording[],
    /** Seconds after which a rate-limited request may be tried again (`Retry-After`). */
    readonly retryAfter?: number,
    /** With `blocked`: whom the person may turn to. */
    readonly contact?: string,
  ) {
    super(wordingIn(wording, "de"));
  }
  get status(): number {
    return statusOfCode[this.code];
  }
  /** The message and issues in one language. */
  wordedIn(locale: ServerLocale): { message: string; issues?: ApiIssue[] } {
    return {
      message: wordingIn(this.wording, locale),
      ...(this.issues
        ? { issues: this.issues.map((i) => ({ path: i.path, message: wordingIn(i.message, locale) })) }
        : {}),
    };
  }
}

export const invalid = (wording: Wording, issues?: IssueWording[]) =>
  new AppError("invalid", wording, issues);
export const unauthenticated = (wording: Wording = "signIn") => new AppError("unauthenticated", wording);
export const forbidden = (wording: Wording = "notAllowed") => new AppError("forbidden", wording);
export const notFound = (wording: Wording = "notFound") => new AppError("not_found", wording);
export const conflict = (wording: Wording) => new AppError("conflict", wording);
export const rateLimited = (wording: Wording = "tooManyAttempts", retryAfter?: number) =>
  new AppError("rate_limited", wording, undefined, retryAfter);

/** Words already chosen for one language (zod's issues are worded as the input is parsed). */
export const worded =
  (text: string): Wording =>
  () =>
    text;

export function errorBody(
  code: ErrorCode,
  message: string,
  issues?: ApiIssue[],
  contact?: string,
  publicUrl?: string,
): ApiErrorBody {
  return {
    error: {
      code,
      message,
      ...(issues ? { issues } : {}),
      ...(contact !== undefined ? { contact } : {}),
      ...(publicUrl !== undefined ? { publicUrl } : {}),
    },
  };
}

/** The error answer, worded in the request's language (`Content-Language` names it). */
export function sendError(c: Context, error: AppError): Response {
  if (error.retryAfter !== undefined) c.header("Retry-After", String(error.retryAfter));
  const locale = requestLocale(c);
  c.header("Content-Language", locale);
  const { message, issues } = error.wordedIn(locale);
  return c.json(errorBody(error.code, message, issues, error.contact), error.status as ContentfulStatusCode);
}
