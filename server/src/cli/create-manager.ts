import { sessions, users } from "@quer/db";
import { displayName, email as emailSchema, password as passwordSchema } from "@quer/shared";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../auth/passwords.ts";
import type { Db } from "../db/open.ts";
import { issueText, zodErrorMap } from "../http/issues.ts";
import { newId } from "../ids.ts";
import { cliLocale, cliMessages } from "./messages.ts";

const input = z.object({ email: emailSchema, name: displayName, password: passwordSchema });

export type CreateManagerResult =
  | { ok: true; id: string; email: string; name: string; created: true }
  | { ok: true; id: string; email: string; name: string; created: false; sessionsEnded: number }
  | { ok: false; reason: "invalid" | "exists"; message: string };

/**
 * Creates a manager account. An address that already has an account is left exactly as
 * it is: whoever registered it first may not be the office, and must not become a manager
 * by keeping their own password. Only with `promote` does that account become the
 * manager's: role, name and password as given, unblocked, every session ended — so whoever
 * held it is signed out and cannot sign in again.
 */
export async function createManager(
  db: Db,
  raw: {
    email?: string | undefined;
    name?: string | undefined;
    password?: string | undefined;
    promote?: boolean | undefined;
  },
): Promise<CreateManagerResult> {
  const locale = cliLocale();
  const m = cliMessages();
  const parsed = input.safeParse(raw, { error: zodErrorMap(locale) });
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `--${String(i.path[0])}: ${issueText(i, locale)}`);
    return { ok: false, reason: "invalid", message: m.invalidInput(lines.join("\n")) };
  }
  const { email, name, password } = parsed.data;
  const passwordHash = await hashPassword(password);
  // Looked up and written in one transaction that holds the write lock from its start, so
  // a registration through the running server cannot slip in between.
  return db.transaction(
    (tx): CreateManagerResult => {
      const existing = tx.select().from(users).where(eq(users.email, email)).get();
      if (!existing) {
        const id = newId();
        tx.insert(users)
          .values({ id, email, name, passwordHash, role: "manager", createdAt: Date.now() })
          .run();
        return { ok: true, id, email, name, created: true };
      }
      if (!raw.promote)
        return { ok: false, reason: "exists", message: m.accountExists(email, existing.role === "manager") };
      tx.update(users)
        .set({ role: "manager", name, passwordHash, blockedAt: null })
        .where(eq(users.id, existing.id))
        .run();
      const ended = tx.delete(sessions).where(eq(sessions.userId, existing.id)).returning().all();
      return { ok: true, id: existing.id, email, name, created: false, sessionsEnded: ended.length };
    },
    { behavior: "immediate" },
  );
}
