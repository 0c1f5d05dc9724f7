import type { ApiErrorBody, ApiIssue, ErrorCode } from "@quer/shared";

/** Codes the server sends, plus `network` for a request that never got an answer. */
export type ClientErrorCode = ErrorCode | "network";

/** A failed request: the server's code and message, and per-field issues for forms. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ClientErrorCode,
    message: string,
    readonly issues: ApiIssue[] = [],
    /** With `blocked`: whom the person may turn to. */
    readonly contact?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Server messages for each field, keyed by the first path segment (the field name). */
  fieldMessages(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const issue of this.issues) {
      const field = issue.path[0];
      if (field !== undefined && out[String(field)] === undefined) out[String(field)] = issue.message;
    }
    return out;
  }
}

let blockedListener: ((contact: string) => void) | undefined;

/** Told whenever the server answers that the signed-in person is blocked (`auth/session.ts`). */
export function onBlocked(listener: (contact: string) => void): void {
  blockedListener = listener;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as { error?: { code?: unknown } } | null)?.error;
  return typeof error?.code === "string";
}

/**
 * JSON over fetch, same-origin only. The browser adds the Origin header to mutating
 * requests, which the server requires; cookies go along because of `same-origin`.
 */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", headers: { accept: "application/json" } };
  if (body !== undefined) {
    init.headers = { accept: "application/json", "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, init);
  } catch {
    throw new ApiError(0, "network", "network");
  }
  if (res.status === 204) return undefined as T;
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // An empty or non-JSON body; the status decides below.
  }
  if (res.ok) return data as T;
  if (isErrorBody(data)) {
    const { code, message, issues, contact } = data.error;
    if (code === "blocked") blockedListener?.(contact ?? "");
    throw new ApiError(res.status, code, message, issues ?? [], contact);
  }
  throw new ApiError(res.status, res.status >= 500 ? "internal" : "invalid", res.statusText);
}
