import { users } from "@quer/db";
import { loginInput, type MeAnswer, type PublicUser, registerInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { clientAddress } from "../http/client-address.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, conflict, rateLimited } from "../http/errors.ts";
import { requireSession } from "../http/session-middleware.ts";
import { readJson } from "../http/validate.ts";
import { newId } from "../ids.ts";
import { blockedContact } from "../moderation/blocked.ts";
import { clearSessionCookie, writeSessionCookie } from "./cookie.ts";
import { hashPassword, verifyNothing, verifyPassword } from "./passwords.ts";
import type { SessionUser } from "./sessions.ts";

export function publicUser(user: Pick<SessionUser, "id" | "name" | "role">): PublicUser {
  return { id: user.id, name: user.name, role: user.role };
}

/**
 * The answer of `GET /api/me`; board pages embed it, so their first cards wait for no
 * request. A blocked person learns it here, with whom to contact.
 */
export function meAnswer(c: Context<AppEnv>): MeAnswer {
  const session = c.get("session");
  if (!session) return { user: null };
  const user = publicUser(session.user);
  if (!session.user.blocked) return { user };
  const { db, config } = c.get("services");
  return { user, blocked: { contact: blockedContact(db, config) } };
}

export const authRoutes = new Hono<AppEnv>()
  .post("/auth/register", async (c) => {
    const { db, sessions, config, limits } = c.get("services");
    const address = clientAddress(c);
    if (!limits.registerPerAddress.take(address)) {
      throw rateLimited("Zu viele neue Konten von hier. Bitte versuche es später noch einmal.");
    }
    const input = await readJson(c, registerInput);
    const passwordHash = await hashPassword(input.password);
    const id = newId();
    try {
      db.insert(users)
        .values({
          id,
          email: input.email,
          name: input.name,
          passwordHash,
          role: "resident",
          createdAt: Date.now(),
        })
        .run();
    } catch (error) {
      if (String((error as { code?: string }).code).startsWith("SQLITE_CONSTRAINT")) {
        throw conflict("Mit dieser E-Mail-Adresse gibt es schon ein Konto. Bitte melde dich an.");
      }
      throw error;
    }
    const { token } = sessions.create(id);
    const session = sessions.validate(token);
    if (session) writeSessionCookie(c, config, token, session.expiresAt);
    return c.json({ user: publicUser({ id, name: input.name, role: "resident" }) }, 201);
  })
  .post("/auth/login", async (c) => {
    const { db, sessions, config, limits } = c.get("services");
    const input = await readJson(c, loginInput);
    // Counted before the check (parallel guesses meet the limit too); a success gives it back.
    const attempt = limits.login.begin(clientAddress(c), input.email);
    await attempt.pause();
    const user = db.select().from(users).where(eq(users.email, input.email)).get();
    const ok = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyNothing(input.password);
    if (!ok || !user) throw new AppError("unauthenticated", "E-Mail-Adresse oder Passwort stimmt nicht.");
    attempt.succeeded();
    const { token } = sessions.create(user.id);
    const session = sessions.validate(token);
    if (session) writeSessionCookie(c, config, token, session.expiresAt);
    return c.json({ user: publicUser(user) }, 200);
  })
  .post("/auth/logout", (c) => {
    const session = requireSession(c);
    const { sessions, config } = c.get("services");
    sessions.invalidate(session.id);
    clearSessionCookie(c, config);
    return c.body(null, 204);
  })
  .get("/me", (c) => {
    return c.json(meAnswer(c));
  });
