/** The error body every 4xx answer carries (see docs/api.md). */
export type ErrorCode =
  | "invalid"
  | "unauthenticated"
  | "forbidden"
  /** The person is blocked: signed in, may read, export and delete, but not write. */
  | "blocked"
  | "not_found"
  | "conflict"
  | "too_large"
  /** The body is not of a kind the route takes (a logo that is not a PNG, JPEG or WebP picture). */
  | "unsupported_type"
  | "rate_limited"
  /** The server cannot take writes for now (its disk is full); reading still works. */
  | "unavailable"
  | "internal";

export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    issues?: ApiIssue[];
    /** With `blocked`: whom to turn to (an e-mail address). */
    contact?: string;
    /**
     * With `forbidden` for a request from another address than PUBLIC_URL (such as the
     * listen address 127.0.0.1 where PUBLIC_URL says localhost): the address to open Quer at.
     */
    publicUrl?: string;
  };
}

export const statusOfCode: Record<ErrorCode, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  blocked: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};
