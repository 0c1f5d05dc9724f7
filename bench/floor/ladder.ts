import { createServer } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { readSessionCookie } from "../../server/src/auth/cookie.ts";
import { findBoard } from "../../server/src/boards/repo.ts";
import { loadConfig } from "../../server/src/config.ts";
import { limitBody } from "../../server/src/http/body-limit.ts";
import { CompressingResponse } from "../../server/src/http/compress.ts";
import { durableReads } from "../../server/src/http/durable-reads.ts";
import type { AppEnv } from "../../server/src/http/env.ts";
import { sameOrigin } from "../../server/src/http/same-origin.ts";
import { loadSession } from "../../server/src/http/session-middleware.ts";
import { findIdea } from "../../server/src/ideas/repo.ts";
import { observe } from "../../server/src/ops/observe.ts";
import { createServices } from "../../server/src/services.ts";
import { setVote } from "../../server/src/votes/service.ts";
import { LADDER, type Rung } from "./ladder-steps.ts";

/**
 * Yardstick and ladder in one: a Hono app on @hono/node-server with Quer's services (the
 * same database, prepared statements and group commit) and the first LADDER_DEPTH of
 * Quer's middlewares, in Quer's order, in front of two bare routes: `/api/health` and a
 * vote that does only what a vote must (who is it, which idea, the write, the answer).
 * Depth 0 is the bare Hono vote route; each step adds one middleware.
 */
const config = loadConfig();
const services = createServices(config);
/** The app's middlewares; compression sits in front of the app, where Quer's server puts it. */
const layers: Record<Exclude<Rung, "compress">, MiddlewareHandler<AppEnv>> = {
  observe: observe(services),
  "durable reads": durableReads,
  "same origin": sameOrigin(config),
  "body limit": limitBody(config.maxBodyBytes),
  session: loadSession,
};
const depth = Number(process.env.LADDER_DEPTH ?? 0);

/** The voter: from the session middleware when it runs, else straight from the cookie. */
function voterOf(c: Context<AppEnv>): string | undefined {
  const loaded = c.get("session");
  if (loaded) return loaded.user.id;
  return services.sessions.validate(readSessionCookie(c, config))?.user.id;
}

const app = new Hono<AppEnv>().use(async (c, next) => {
  c.set("services", services);
  await next();
});
const rungs = LADDER.slice(0, depth);
for (const name of rungs) if (name !== "compress") app.use(layers[name]);
app.get("/api/health", (c) => c.json({ ok: true }));
app.put("/api/ideas/:id/vote", async (c) => {
  const userId = voterOf(c);
  if (!userId) return c.json({ error: { code: "unauthenticated" } }, 401);
  const item = findIdea(services.db, c.req.param("id"));
  const board = item && findBoard(services.db, item.idea.boardId);
  if (!item || !board) return c.json({ error: { code: "not_found" } }, 404);
  const result = await services.commands.runBatched((cx) => setVote(cx, board, item.idea.id, userId, 1));
  return c.json(result);
});

// As `pnpm start` does: the background work runs from the start.
await services.background.start();
const listener = getRequestListener(app.fetch, { hostname: config.host });
createServer(rungs.includes("compress") ? { ServerResponse: CompressingResponse } : {}, listener).listen(
  config.port,
  config.host,
  () => console.log("floor ready"),
);
process.on("SIGTERM", () => {
  void services.close().then(() => process.exit(0));
});
