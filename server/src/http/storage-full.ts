import type { Context } from "hono";
import { AppError, sendError } from "./errors.ts";

/**
 * SQLite answers SQLITE_FULL when the database or its WAL cannot grow; a file written
 * beside it answers ENOSPC (or EDQUOT under a quota). Either way the write did not happen
 * and nothing acknowledged is lost: the client may try again once the operator made room.
 */
export function isStorageFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === "SQLITE_FULL" || code === "ENOSPC" || code === "EDQUOT";
}

/** A 503 `unavailable` for a full disk: the operator reads the cause in the log once per error. */
export function storageFullAnswer(c: Context, error: unknown): Response {
  console.error(`Speicher voll: ${error instanceof Error ? error.message : String(error)}`);
  return sendError(c, new AppError("unavailable", "storageFull"));
}
