import { can } from "@quer/shared";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { forbidden, unauthenticated } from "../http/errors.ts";
import { ideaView } from "../ideas/view.ts";
import { waitingPosts } from "./waiting.ts";

/**
 * Posts waiting for the office's public answer, oldest first, with the board each is on
 * and its age in whole days. Mounted at `/api/moderation`.
 */
export const waitingRoutes = new Hono<AppEnv>().get("/waiting", (c) => {
  const session = c.get("session");
  if (!session) throw unauthenticated();
  if (!can(c.get("actor"), "moderation.desk", null)) throw forbidden();
  const waiting = waitingPosts(c.get("services").db).map(({ item, boardTitle, ageDays }) => ({
    ...ideaView(item, { showTally: true, viewerId: session.user.id }),
    boardTitle,
    ageDays,
  }));
  return c.json({ waiting });
});
