import { auditQuery } from "@quer/shared";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { check } from "../http/validate.ts";
import { actingManager } from "../moderation/manager.ts";
import { auditEntries } from "./log.ts";

export const auditRoutes = new Hono<AppEnv>().get("/audit", (c) => {
  actingManager(c);
  const query = check(auditQuery, c.req.query());
  const entries = auditEntries(c.get("services").db, query);
  const last = entries.at(-1);
  return c.json({ entries, next: entries.length === (query.limit ?? 50) && last ? last.id : null });
});
