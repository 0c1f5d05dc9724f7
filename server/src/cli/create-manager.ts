import { users } from "@quer/db";
import { displayName, email as emailSchema, password as passwordSchema } from "@quer/shared";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { hashPassword } from "../auth/passwords.ts";
import type { Db } from "../db/open.ts";
import { newId } from "../ids.ts";

const input = z.object({ email: emailSchema, name: displayName, password: passwordSchema });

/**
 * Creates a manager account, or makes an existing account (found by e-mail) a manager;
 * an existing account keeps its password and name.
 */
export async function createManager(
  db: Db,
  raw: { email?: string | undefined; name?: string | undefined; password?: string | undefined },
): Promise<{ ok: true; id: string; created: boolean } | { ok: false; message: string }> {
  const existing = raw.email
    ? db.select().from(users).where(eq(users.email, raw.email.trim().toLowerCase())).get()
    : undefined;
  if (existing) {
    if (existing.role === "guest") return { ok: false, message: "Dieses Konto ist ein Gastzugang." };
    db.update(users).set({ role: "manager" }).where(eq(users.id, existing.id)).run();
    return { ok: true, id: existing.id, created: false };
  }
  const parsed = input.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `--${String(i.path[0])}: ${i.message}`);
    return { ok: false, message: `Bitte prüfen:\n${lines.join("\n")}` };
  }
  const id = newId();
  db.insert(users)
    .values({
      id,
      email: parsed.data.email,
      name: parsed.data.name,
      passwordHash: await hashPassword(parsed.data.password),
      role: "manager",
      createdAt: Date.now(),
    })
    .run();
  return { ok: true, id, created: true };
}
