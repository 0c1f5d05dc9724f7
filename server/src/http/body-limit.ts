import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { errorBody } from "./errors.ts";

/**
 * Refuses request bodies over `maxBytes` with 413. A body that declares its length is
 * judged by the header alone (Node reads no more than it declares): opening the body as
 * a stream to count it would cost more than a vote itself. Only chunked bodies are
 * counted as they arrive.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const tooLarge = (c: Context) => c.json(errorBody("too_large", "Die Anfrage ist zu groß."), 413);
  const counted = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && c.req.header("transfer-encoding") === undefined) {
      return Number(declared) > maxBytes ? Promise.resolve(tooLarge(c)) : next();
    }
    return counted(c, next);
  };
}
