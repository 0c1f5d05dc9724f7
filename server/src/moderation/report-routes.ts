import { reportInput } from "@quer/shared";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { jsonBody } from "../http/validate.ts";
import { fileReport } from "./reports.ts";

/** Reporting an idea. Mounted at `/api/ideas`; a comment's report is `comment-routes.ts`. */
export const reportRoutes = new Hono<AppEnv>().post("/:id/report", jsonBody(reportInput), (c) => {
  const id = c.req.param("id");
  return fileReport(c, id, `idea:${id}`, c.req.valid("json").reason);
});
