import { boardParticipants, users } from "@quer/db";
import { joinInput, normalizeJoinCode } from "@quer/shared";
import { Hono } from "hono";
import { writeSessionCookie } from "../auth/cookie.ts";
import { findBoard } from "../boards/repo.ts";
import { clientAddress } from "../http/client-address.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound, rateLimited } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { jsonBody } from "../http/validate.ts";
import { newId } from "../ids.ts";
import { workshopMessages } from "./messages.ts";
import { sessionByCode } from "./repo.ts";

/**
 * Joining a workshop by code. Wrong codes are rate-limited per client address; right
 * ones never, because a whole room shares one address: an address over its limit is
 * slowed down instead (decision 0015). A signed-in resident joins as themselves; anyone
 * else gets a guest session for this workshop only. Mounted at `/api/join`.
 */
export const joinRoutes = new Hono<AppEnv>().post("/", jsonBody(joinInput), async (c) => {
  const { db, sessions, config, limits } = c.get("services");
  const input = c.req.valid("json");
  const address = clientAddress(c);
  const slowed = limits.join.slowed(address);
  if (slowed) await limits.join.slowDown(address);
  // From the check above to the count below nothing is awaited: parallel guesses are counted too.
  const code = normalizeJoinCode(input.code);
  const session = code ? sessionByCode(db, code) : undefined;
  const board = session && findBoard(db, session.boardId);
  if (!session || !board) {
    if (slowed) {
      throw rateLimited("tooManyWrongCodes", limits.join.retryAfter(address));
    }
    limits.join.wrongCode(address);
    throw notFound("unknownJoinCode");
  }
  const current = c.get("session");
  if (current && current.user.role !== "guest") {
    db.insert(boardParticipants)
      .values({ boardId: board.id, userId: current.user.id, joinedAt: Date.now() })
      .onConflictDoNothing()
      .run();
    return c.json({ board: { id: board.id }, guest: false });
  }
  if (current?.user.role === "guest" && current.user.guestBoardId === board.id) {
    return c.json({ board: { id: board.id }, guest: true });
  }
  const id = newId();
  const name = input.name ?? workshopMessages(requestLocale(c)).guestName(id.slice(0, 4).toUpperCase());
  db.insert(users).values({ id, name, role: "guest", guestBoardId: board.id, createdAt: Date.now() }).run();
  const { token } = sessions.create(id);
  if (current) sessions.invalidate(current.id);
  const created = sessions.validate(token);
  if (created) writeSessionCookie(c, config, token, created.expiresAt);
  return c.json({ board: { id: board.id }, guest: true });
});
