import type { AppType } from "@quer/server";
import type { ApiErrorBody, ApiIssue, ErrorCode } from "@quer/shared";
import { type ClientResponse, hc } from "hono/client";
import type { SuccessStatusCode } from "hono/utils/http-status";

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
    /** With `forbidden` from a page at another address: the address to open Quer at. */
    readonly publicUrl?: string,
    /** The language the server wrote the message and issues in (its `Content-Language`). */
    readonly lang?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /**
   * The `lang` the server's words need on a page in `pageLang`: none when the server wrote
   * in the page's language (it follows the `quer_locale` cookie), else the one it named,
   * German when it named none.
   */
  langOn(pageLang: string): string | undefined {
    const said = this.lang ?? "de";
    return said === pageLang ? undefined : said;
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
 * The typed API: `server.ideas[":id"].vote.$put({ param: { id: seg(id) } })`. Its paths,
 * inputs and answers come from the server's routes (`AppType`), so changing an answer's
 * shape fails the typecheck of every page that reads it. The client has no other way to
 * call the API; only links the browser follows itself (downloads, images) name its paths
 * as text. Same-origin only: the browser adds the Origin header to mutating requests,
 * which the server requires, and cookies go along because of `same-origin`.
 */
export const server = hc<AppType>("/api", {
  headers: { accept: "application/json" },
  fetch: (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, { ...init, credentials: "same-origin" }),
});

/**
 * A path parameter for `server`: the typed client puts parameters into the path as they
 * are, and an id taken from the page's address may hold a slash or a dot segment.
 */
export const seg = (value: string | number): string => encodeURIComponent(String(value));

/** The answer of a successful request: its 2xx JSON, `undefined` for 204. */
export type Answer<R> =
  R extends ClientResponse<infer T, infer S, infer _F>
    ? S extends 204
      ? undefined
      : S extends SuccessStatusCode
        ? T
        : never
    : never;

/**
 * Runs a request of `server` and gives its answer, or throws an `ApiError` a page can show.
 * `look` sees the raw answer before it is read, for what only its headers tell (the
 * server's clock in `Date`).
 */
export async function call<R extends ClientResponse<unknown, number, string>>(
  request: Promise<R>,
  look?: (res: Response) => void,
): Promise<Answer<R>> {
  const res = await reached(request);
  look?.(res);
  return (await settle(res)) as Answer<R>;
}

/** Like `call`, for an answer in plain text (the minutes as Markdown). */
export async function callText(request: Promise<ClientResponse<unknown, number, string>>): Promise<string> {
  const res = await reached(request);
  if (res.ok) return res.text();
  throw await refusal(res);
}

async function reached(request: Promise<ClientResponse<unknown, number, string>>): Promise<Response> {
  try {
    // The typed client's answer is a fetch Response with narrower types.
    return (await request) as unknown as Response;
  } catch {
    throw new ApiError(0, "network", "network");
  }
}

async function settle(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  if (!res.ok) throw await refusal(res);
  try {
    return await res.json();
  } catch {
    // An empty or non-JSON body of a success.
    return null;
  }
}

async function refusal(res: Response): Promise<ApiError> {
  let data: unknown = null;
  try {
    data = await res.json();
  } catch {
    // An empty or non-JSON body; the status decides below.
  }
  if (isErrorBody(data)) {
    const { code, message, issues, contact, publicUrl } = data.error;
    if (code === "blocked") blockedListener?.(contact ?? "");
    const lang = res.headers.get("content-language") ?? undefined;
    return new ApiError(res.status, code, message, issues ?? [], contact, publicUrl, lang);
  }
  return new ApiError(res.status, res.status >= 500 ? "internal" : "invalid", res.statusText);
}
