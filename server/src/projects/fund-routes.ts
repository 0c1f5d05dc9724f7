import { funds } from "@quer/db";
import { can, fundAmountInput, fundInput } from "@quer/shared";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { forbidden } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { check, jsonBody } from "../http/validate.ts";
import { projectFund } from "./board-entry.ts";
import { fundOf } from "./repo.ts";
import { requireSignedIn } from "./signed-in.ts";

/** The neighbourhood fund of a year. Mounted at `/api/funds`. */
export const fundRoutes = new Hono<AppEnv>()
  .get("/:year", (c) => {
    const year = Number(c.req.param("year"));
    check(fundInput.shape.year, year, requestLocale(c));
    return c.json({ fund: fundOf(c.get("services").db, year) });
  })
  .put("/:year", jsonBody(fundAmountInput), async (c) => {
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.manage", null)) throw forbidden("onlyManagerSetsFund");
    const year = Number(c.req.param("year"));
    const input = c.req.valid("json");
    check(fundInput, { year, amount: input.amount }, requestLocale(c));
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .insert(funds)
        .values({ year, amount: input.amount, updatedAt: Date.now() })
        .onConflictDoUpdate({ target: funds.year, set: { amount: input.amount, updatedAt: Date.now() } })
        .run();
      projectFund(cx, year);
    });
    return c.json({ fund: fundOf(db, year) });
  });
