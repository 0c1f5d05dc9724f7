import { users } from "@quer/db";
import { asc, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Config } from "../config.ts";
import type { Db } from "../db/open.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError } from "../http/errors.ts";

/**
 * Whom a blocked person may turn to: the office's address from the configuration, or
 * else that of its first manager account (there is always one: somebody blocked them).
 */
export function blockedContact(db: Db, config: Pick<Config, "officeContact">): string {
  if (config.officeContact) return config.officeContact;
  const first = db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.role, "manager"))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1)
    .get();
  return first?.email ?? "";
}

/** The refusal a blocked person gets instead of a plain 403: what happened and whom to ask. */
export function blockedError(db: Db, config: Pick<Config, "officeContact">): AppError {
  const contact = blockedContact(db, config);
  const wording = contact ? { key: "blocked" as const, params: { contact } } : "blockedAskOffice";
  return new AppError("blocked", wording, undefined, undefined, contact);
}

/**
 * A refusal as this request's person should hear it: a blocked person is refused because
 * of the block, whatever the route would say to others.
 */
export function refusalFor(c: Context<AppEnv>, error: AppError): AppError {
  if (error.code !== "forbidden" || !c.get("session")?.user.blocked) return error;
  const { db, config } = c.get("services");
  return blockedError(db, config);
}
