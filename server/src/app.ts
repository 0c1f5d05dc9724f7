import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { routePath } from "hono/route";
import { accountRoutes } from "./account/routes.ts";
import { auditRoutes } from "./audit/routes.ts";
import { meRoutes } from "./auth/me-routes.ts";
import { passwordRoutes } from "./auth/password-routes.ts";
import { authRoutes } from "./auth/routes.ts";
import { boardPageRoutes } from "./boards/page-route.ts";
import { boardRoutes } from "./boards/routes.ts";
import { commentRoutes } from "./comments/routes.ts";
import { exportRoutes } from "./exports/routes.ts";
import { feedbackRoutes } from "./feedback/routes.ts";
import { brokenBody, isBrokenBody, limitBody } from "./http/body-limit.ts";
import { durableReads } from "./http/durable-reads.ts";
import type { AppEnv } from "./http/env.ts";
import { AppError, sendError } from "./http/errors.ts";
import { requestLocale } from "./http/locale.ts";
import { sameOrigin } from "./http/same-origin.ts";
import { loadSession } from "./http/session-middleware.ts";
import { serveClient } from "./http/static.ts";
import { isStorageFull, storageFullAnswer } from "./http/storage-full.ts";
import { boardIdeaRoutes } from "./ideas/board-idea-routes.ts";
import { coauthorRoutes } from "./ideas/coauthor-routes.ts";
import { historyRoutes } from "./ideas/history-routes.ts";
import { myIdeasRoutes } from "./ideas/mine-routes.ts";
import { ideaRoutes } from "./ideas/routes.ts";
import { refusalFor } from "./moderation/blocked.ts";
import { commentModerationRoutes } from "./moderation/comment-routes.ts";
import { deskRoutes } from "./moderation/desk-routes.ts";
import { mergeRoutes } from "./moderation/merge-routes.ts";
import { peopleRoutes } from "./moderation/people-routes.ts";
import { reportRoutes } from "./moderation/report-routes.ts";
import { statusRoutes } from "./moderation/status-routes.ts";
import { visibilityRoutes } from "./moderation/visibility-routes.ts";
import { waitingRoutes } from "./moderation/waiting-routes.ts";
import { noticePrefsRoutes } from "./notifications/notice-prefs-routes.ts";
import { outboxRoutes } from "./notifications/outbox-routes.ts";
import { notificationRoutes } from "./notifications/routes.ts";
import { unsubscribeRoutes } from "./notifications/unsubscribe-routes.ts";
import { LOGO_UPLOAD_PATH, officeRoutes } from "./office/routes.ts";
import { metricsRoute } from "./ops/metrics-route.ts";
import { observe } from "./ops/observe.ts";
import { fundRoutes } from "./projects/fund-routes.ts";
import { promoteRoutes } from "./projects/promote-routes.ts";
import { projectRoutes } from "./projects/routes.ts";
import type { Services } from "./services.ts";
import { voteRoutes } from "./votes/routes.ts";
import { joinRoutes } from "./workshops/join-routes.ts";
import { plenaryRoutes } from "./workshops/plenary-routes.ts";
import { workshopRoutes } from "./workshops/routes.ts";

function api(services: Services) {
  return (
    new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set("services", services);
        await next();
      })
      .use(durableReads)
      .use(sameOrigin(services.config))
      .use(
        limitBody(
          services.config.maxBodyBytes,
          (c) => c.req.method === "PUT" && c.req.path === LOGO_UPLOAD_PATH,
        ),
      )
      .use(loadSession)
      .get("/health", (c) => c.json({ ok: true }))
      // The address people should open: pages compare it with their own (see `docs/api.md`).
      .get("/site", (c) => c.json({ publicUrl: services.config.publicUrl }))
      .route("/auth", authRoutes)
      .route("/auth", passwordRoutes)
      .route("/me", meRoutes)
      .route("/boards", boardRoutes)
      .route("/boards", boardIdeaRoutes)
      .route("/ideas", ideaRoutes)
      .route("/ideas", coauthorRoutes)
      .route("/ideas", historyRoutes)
      .route("/ideas", voteRoutes)
      .route("/ideas", commentRoutes)
      .route("/ideas", promoteRoutes)
      .route("/projects", projectRoutes)
      .route("/funds", fundRoutes)
      .route("/ideas", statusRoutes)
      .route("/ideas", visibilityRoutes)
      .route("/ideas", mergeRoutes)
      .route("/ideas", reportRoutes)
      .route("/comments", commentModerationRoutes)
      .route("/moderation", deskRoutes)
      .route("/moderation", outboxRoutes)
      .route("/moderation", waitingRoutes)
      .route("/people", peopleRoutes)
      .route("/audit", auditRoutes)
      .route("/notifications", notificationRoutes)
      .route("/me", noticePrefsRoutes)
      .route("/unsubscribe", unsubscribeRoutes)
      .route("/boards", exportRoutes)
      .route("/me", accountRoutes)
      .route("/me", myIdeasRoutes)
      .route("/join", joinRoutes)
      .route("/boards", workshopRoutes)
      .route("/boards", plenaryRoutes)
      .route("/office", officeRoutes)
      .route("/feedback", feedbackRoutes)
  );
}

/** The whole HTTP surface: JSON under /api, the built client everywhere else. */
export function createApp(services: Services) {
  // Answers are compressed where Node writes them (`http/compress.ts`, used by server.ts).
  const app = new Hono<AppEnv>().use(observe(services)).route("/api", api(services));
  app.all("/api/*", (c) => sendError(c, new AppError("not_found", "unknownApiRoute")));
  app.get(
    "/metrics",
    async (c, next) => {
      c.set("services", services);
      await next();
    },
    metricsRoute,
  );
  app.route("/", boardPageRoutes(services));
  app.get(
    "*",
    async (c, next) => {
      c.set("services", services);
      await next();
    },
    serveClient(services.config, requestLocale),
  );
  app.onError((error, c) => {
    if (error instanceof AppError) return sendError(c, refusalFor(c, error));
    if (error instanceof SyntaxError) return sendError(c, new AppError("invalid", "badRequest"));
    // Hono's own body helpers refuse a body that does not parse with HTTPException 400.
    if (error instanceof HTTPException && error.status === 400) {
      return sendError(c, new AppError("invalid", "notJson"));
    }
    // A body read outside the body limit (one with a declared length) that broke off.
    if (isBrokenBody(error)) return sendError(c, brokenBody(c, error));
    if (isStorageFull(error)) return storageFullAnswer(c, error);
    services.log.error({ err: error, route: routePath(c) }, "request failed");
    return sendError(c, new AppError("internal", "internal"));
  });
  return app;
}

/** For `hono/client`: `hc<AppType>(url)` gives a typed client of the API. */
export type AppType = ReturnType<typeof api>;
