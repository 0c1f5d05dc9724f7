import { type ApiErrorBody, type ApiIssue, type ErrorCode, statusOfCode } from "@quer/shared";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";

/** A refusal the client caused: always a 4xx with a message a person can act on. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    /** Seconds after which a rate-limited request may be tried again (`Retry-After`). */
    readonly retryAfter?: number,
    /** With `blocked`: whom the person may turn to. */
    readonly contact?: string,
  ) {
    super(message);
  }
  get status(): number {
    return statusOfCode[this.code];
  }
}

export const invalid = (message: string, issues?: ApiIssue[]) => new AppError("invalid", message, issues);
export const unauthenticated = (message = "Bitte melde dich an.") => new AppError("unauthenticated", message);
export const forbidden = (message = "Das darfst du hier nicht.") => new AppError("forbidden", message);
export const notFound = (message = "Nicht gefunden.") => new AppError("not_found", message);
export const conflict = (message: string) => new AppError("conflict", message);
export const rateLimited = (message = "Zu viele Versuche. Bitte warte kurz.", retryAfter?: number) =>
  new AppError("rate_limited", message, undefined, retryAfter);

export function issuesOf(error: z.ZodError): ApiIssue[] {
  return error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    message: i.message,
  }));
}

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

export function sendError(c: Context, error: AppError): Response {
  if (error.retryAfter !== undefined) c.header("Retry-After", String(error.retryAfter));
  return c.json(
    errorBody(error.code, error.message, error.issues, error.contact),
    error.status as ContentfulStatusCode,
  );
}
