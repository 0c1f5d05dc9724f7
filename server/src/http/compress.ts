import type { MiddlewareHandler } from "hono";
import { compress } from "hono/compress";

const gzip = compress();

/**
 * Compresses what the server reads out: boards, lists, exports, the client's files. A
 * command's answer (POST, PUT, PATCH, DELETE) is a few hundred bytes of JSON, which
 * compression would make no smaller but would move onto a stream: in a workshop that
 * was an eighth of the server's CPU per vote.
 */
export const compressReads: MiddlewareHandler = (c, next) =>
  c.req.method === "GET" ? gzip(c, next) : next();
