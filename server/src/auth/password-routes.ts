import { users } from "@quer/db";
import { can, changePasswordInput, resetInput, resetRequestInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { clientAddress } from "../http/client-address.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError, forbidden, invalid, rateLimited, worded } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { requireSession } from "../http/session-middleware.ts";
import { jsonBody } from "../http/validate.ts";
import { passwordMessages } from "./messages.ts";
import { hashPassword, verifyPassword } from "./passwords.ts";
import { changePassword, consumeResetToken, resetTokenOwner } from "./resets.ts";

const say = (c: Context<AppEnv>) => passwordMessages(requestLocale(c));

/** Reset mails per client address: counted before the body is read, so every attempt counts. */
const limitResetRequests: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limit = c.get("services").limits.reset.requestsPerAddress;
  const address = clientAddress(c);
  if (!limit.take(address)) throw rateLimited(worded(say(c).tooManyRequests), limit.retryAfter(address));
  await next();
};

/** Wrong links per client address: refused before any token is looked up or password hashed. */
const limitWrongTokens: MiddlewareHandler<AppEnv> = async (c, next) => {
  const limit = c.get("services").limits.reset.wrongTokens;
  const address = clientAddress(c);
  if (limit.blocked(address)) throw rateLimited(worded(say(c).tooManyTokens), limit.retryAfter(address));
  await next();
};

/** Mounted at `/api/auth`, beside `routes.ts`: forgotten and changed passwords (decision 0030). */
export const passwordRoutes = new Hono<AppEnv>()
  .post("/reset/request", limitResetRequests, jsonBody(resetRequestInput), (c) => {
    const { limits, resetMails } = c.get("services");
    const { email } = c.req.valid("json");
    // Counted for every address, with an account or not: a refusal tells nothing.
    const perEmail = limits.reset.requestsPerEmail;
    if (!perEmail.take(email))
      throw rateLimited(worded(say(c).tooManyForAddress), perEmail.retryAfter(email));
    // Looking the account up and sending happen after this answer: same answer, same time.
    resetMails.request(email, requestLocale(c));
    return c.json({}, 202);
  })
  .post("/reset", limitWrongTokens, jsonBody(resetInput), async (c) => {
    const { db, limits } = c.get("services");
    const { token, password } = c.req.valid("json");
    const wrong = () => {
      limits.reset.wrongTokens.add(clientAddress(c));
      return invalid(worded(say(c).tokenInvalid), [
        { path: ["token"], message: worded(say(c).tokenInvalid) },
      ]);
    };
    // Checked before hashing, so unknown links cost no argon2 time.
    if (!resetTokenOwner(db, token, Date.now())) throw wrong();
    const passwordHash = await hashPassword(password);
    // Checked again as it is used up: a parallel request may have used it meanwhile.
    if (!consumeResetToken(db, token, passwordHash, Date.now())) throw wrong();
    return c.json({}, 200);
  })
  .post("/password", jsonBody(changePasswordInput), async (c) => {
    const session = requireSession(c);
    if (!can(c.get("actor"), "account.password", null)) throw forbidden(worded(say(c).noPassword));
    const { db, limits } = c.get("services");
    const { current, password } = c.req.valid("json");
    const account = session.user.id;
    const perAccount = limits.reset.wrongCurrent;
    if (perAccount.blocked(account))
      throw rateLimited(worded(say(c).tooManyChanges), perAccount.retryAfter(account));
    const user = db
      .select({ email: users.email, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.id, account))
      .get();
    // The sign-in limits too: a guess here is a guess at the same password.
    const attempt = limits.login.begin(clientAddress(c), user?.email ?? account);
    perAccount.add(account);
    await attempt.pause();
    const ok = !!user?.passwordHash && (await verifyPassword(user.passwordHash, current));
    if (!ok) throw new AppError("unauthenticated", worded(say(c).wrongCurrent));
    attempt.succeeded();
    perAccount.release(account);
    changePassword(db, account, await hashPassword(password), session.id);
    return c.json({}, 200);
  });
