import { users } from "@quer/db";
import { loginInput, type PublicUser, registerInput } from "@quer/shared";
import { isLocale, type Locale } from "@quer/shared/i18n/locales";
import { eq } from "drizzle-orm";
import { Hono, type MiddlewareHandler } from "hono";
import { clientAddress } from "../http/client-address.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, conflict, rateLimited } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { requireSession } from "../http/session-middleware.ts";
import { jsonBody } from "../http/validate.ts";
import { newId } from "../ids.ts";
import { clearSessionCookie, writeSessionCookie } from "./cookie.ts";
import { hashPassword, verifyNothing, verifyPassword } from "./passwords.ts";
import type { SessionUser } from "./sessions.ts";

export function publicUser(user: Pick<SessionUser, "id" | "name" | "role">): PublicUser {
  return { id: user.id, name: user.name, role: user.role };
}

/**
 * What signing up and signing in answer: the person now signed in, and the language their
 * account keeps (once it keeps one), which the app then speaks on this browser too.
 */
export interface SignedIn {
  user: PublicUser;
  locale?: Locale;
}

/** New accounts per address: counted before the body is read, so every attempt counts. */
const limitRegistrations: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.get("services").limits.registerPerAddress.take(clientAddress(c))) {
    throw rateLimited("tooManySignups");
  }
  await next();
};

/** Mounted at `/api/auth`. */
export const authRoutes = new Hono<AppEnv>()
  .post("/register", limitRegistrations, jsonBody(registerInput), async (c) => {
    const { db, sessions, config } = c.get("services");
    const input = c.req.valid("json");
    const passwordHash = await hashPassword(input.password);
    const id = newId();
    // The language the person signed up in: mails and their other browsers follow it.
    const locale = requestLocale(c);
    try {
      db.insert(users)
        .values({
          id,
          email: input.email,
          name: input.name,
          passwordHash,
          role: "resident",
          locale,
          createdAt: Date.now(),
        })
        .run();
    } catch (error) {
      if (String((error as { code?: string }).code).startsWith("SQLITE_CONSTRAINT")) {
        throw conflict("emailTaken");
      }
      throw error;
    }
    const { token } = sessions.create(id);
    const session = sessions.validate(token);
    if (session) writeSessionCookie(c, config, token, session.expiresAt);
    const answer: SignedIn = {
      user: publicUser({ id, name: input.name, role: "resident" }),
      locale,
    };
    return c.json(answer, 201);
  })
  .post("/login", jsonBody(loginInput), async (c) => {
    const { db, sessions, config, limits } = c.get("services");
    const input = c.req.valid("json");
    // Counted before the check (parallel guesses meet the limit too); a success gives it back.
    const attempt = limits.login.begin(clientAddress(c), input.email);
    await attempt.pause();
    const user = db.select().from(users).where(eq(users.email, input.email)).get();
    const ok = user?.passwordHash
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyNothing(input.password);
    if (!ok || !user) throw new AppError("unauthenticated", "wrongLogin");
    attempt.succeeded();
    const { token } = sessions.create(user.id);
    const session = sessions.validate(token);
    if (session) writeSessionCookie(c, config, token, session.expiresAt);
    const answer: SignedIn = { user: publicUser(user) };
    if (isLocale(user.locale)) answer.locale = user.locale;
    return c.json(answer, 200);
  })
  .post("/logout", (c) => {
    const session = requireSession(c);
    const { sessions, config } = c.get("services");
    sessions.invalidate(session.id);
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });
