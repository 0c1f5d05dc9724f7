import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import { AppError, invalid, sendError } from "./errors.ts";

/**
 * Whether an error is a request body that broke off: the client went away halfway, or
 * the connection was cut because its framing was wrong. Node reports both as "aborted".
 */
export function isBrokenBody(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  return !!e && (e.code === "ECONNRESET" || e.message === "aborted");
}

/**
 * A broken body is the client's doing: one log line (no stack, it says nothing about
 * our code) and a 400, which reaches the client if its connection is still there.
 */
export function brokenBody(c: Context, error: unknown): AppError {
  const reason = String((error as { code?: unknown }).code ?? (error as Error).message ?? error);
  (c as Context<AppEnv>)
    .get("services")
    ?.log.warn(
      { method: c.req.method, reason: reason.replace(/\s+/g, " ") },
      "request body broke off or is malformed",
    );
  return invalid("bodyBroken");
}

/** Reads a chunked body up to `maxBytes`; null when it is larger. */
export async function readAtMost(
  body: ReadableStream<Uint8Array>,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel().catch(() => {});
      return null;
    }
    parts.push(value);
  }
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    whole.set(part, offset);
    offset += part.byteLength;
  }
  return whole;
}

/**
 * Refuses request bodies over `maxBytes` with 413. A body that declares its length is
 * judged by the header alone (Node reads no more than it declares): opening the body as
 * a stream to count it would cost more than a vote itself. Only chunked bodies are
 * counted as they arrive; one that breaks off is answered 400 (see `brokenBody`).
 * A request `ownLimit` picks (an upload) is left to its route, which sets a limit of its own.
 */
export function limitBody(maxBytes: number, ownLimit?: (c: Context) => boolean): MiddlewareHandler {
  const tooLarge = (c: Context) => sendError(c, new AppError("too_large", "tooLarge"));
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    if (ownLimit?.(c)) return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number(declared) > maxBytes ? tooLarge(c) : next();
    }
    const body = c.req.raw.body;
    if (!body) return next();
    let read: Uint8Array<ArrayBuffer> | null;
    try {
      read = await readAtMost(body, maxBytes);
    } catch (error) {
      throw brokenBody(c, error);
    }
    if (!read) return tooLarge(c);
    c.req.raw = new Request(c.req.raw, { body: read });
    return next();
  };
}
