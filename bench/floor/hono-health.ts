import { serve } from "@hono/node-server";
import { Hono } from "hono";

/** Yardstick: a bare Hono app on @hono/node-server, no middleware, answering `/api/health`. */
const app = new Hono().get("/api/health", (c) => c.json({ ok: true }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: "127.0.0.1" }, () =>
  console.log("floor ready"),
);
process.on("SIGTERM", () => process.exit(0));
