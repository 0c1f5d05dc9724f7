import { auditQuery } from "@quer/shared";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { requestLocale } from "../http/locale.ts";
import { queryOf } from "../http/validate.ts";
import { actingManager } from "../moderation/manager.ts";
import { auditEntries } from "./log.ts";

/** Mounted at `/api/audit`. */
export const auditRoutes = new Hono<AppEnv>().get("/", queryOf(auditQuery), (c) => {
  actingManager(c);
  const query = c.req.valid("query");
  const entries = auditEntries(c.get("services").db, query, requestLocale(c));
  const last = entries.at(-1);
  return c.json({
    entries,
    next: entries.length === (query.limit ?? 50) && last ? last.id : null,
  });
});
