import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./env.ts";
import { AppError, sendError } from "./errors.ts";

/**
 * A read answers only with what is on disk. Votes and posts commit first and sync a
 * moment later, off the event loop (`WalSync`); a read made in between waits for that
 * sync before its answer leaves.
 */
export const durableReads: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.req.method !== "GET") return;
  const { wal } = c.get("services");
  if (!wal.pending) return;
  try {
    await wal.durable();
  } catch {
    c.res = sendError(c, new AppError("internal", "notSaved"));
  }
};
