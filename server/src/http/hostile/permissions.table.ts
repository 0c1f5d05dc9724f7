import { RawBody } from "./probe.ts";

/**
 * Who may do what, route by route: the expected answer for each role on the fixtures of
 * `world.ts`. `permissions.test.ts` makes one probe per cell and fails when the app has
 * a route without a row here, or a row names a route the app no longer has.
 *
 * A row: [method and path as the app declares it, what the probe points at, expected
 * answers, body?]. What it points at: `param=fixture` fills a path parameter with a
 * fixture of `world.ts`, `?query` is sent as it is. A body's strings of the form
 * `@fixture` are replaced by that fixture.
 *
 * Expected, one per role in the order of the columns:
 *   ok     any 2xx
 *   401…   exactly that status, with the error body and the code that belongs to it
 *   page   the board page with its first answers embedded (`#quer-first`)
 *   shell  the plain page, which says no more than the API would
 *
 * The contract's rule for the choice between 404 and 403: what the person may not see
 * (another's pending or hidden idea, a private board) is 404; what they see but may not
 * act on is 403. Anonymous people get 401 for what they see, or for routes that ask for a
 * session before they look anything up.
 */
/** The first bytes of a PNG: all the logo upload checks. */
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

export const EXPECTED = ["ok", "page", "shell", "400", "401", "403", "404", "409", "415"] as const;
export type Row = readonly [route: string, where: string, expected: string, body?: unknown];

// biome-ignore format: one line per row; the columns line up with the roles
export const PERMISSIONS: readonly Row[] = [
  //                                                                   anon res  other blocked guest oguest mgr
  ["GET /api/health",                             "",                     "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/site",                               "",                     "ok  ok  ok  ok  ok  ok  ok"],
  ["POST /api/auth/register",                     "",                     "ok  ok  ok  ok  ok  ok  ok", { email: "neu@example.org", password: "noch-ein-passwort", name: "Neu" }],
  ["POST /api/auth/login",                        "",                     "ok  ok  ok  ok  ok  ok  ok", { email: "anna@example.org", password: "ein-gutes-passwort" }],
  ["POST /api/auth/logout",                       "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["POST /api/auth/reset/request",                "",                     "ok  ok  ok  ok  ok  ok  ok", { email: "anna@example.org" }],
  ["POST /api/auth/reset",                        "",                     "ok  ok  ok  ok  ok  ok  ok", { token: "@resetToken", password: "noch-ein-passwort" }],
  ["POST /api/auth/reset",                        "",                     "400 400 400 400 400 400 400", { token: "kein-gueltiger-link", password: "noch-ein-passwort" }],
  // Only Anna's own password is the one sent; guests have none.
  ["POST /api/auth/password",                     "",                     "401 ok  401 401 403 403 401", { current: "ein-gutes-passwort", password: "noch-ein-passwort" }],
  ["GET /api/me",                                 "",                     "ok  ok  ok  ok  ok  ok  ok"],
  ["PATCH /api/me",                               "",                     "401 ok  ok  ok  ok  ok  ok", { locale: "tr" }],

  ["GET /api/boards",                             "",                     "ok  ok  ok  ok  ok  ok  ok"],
  ["POST /api/boards",                            "",                     "401 403 403 403 403 403 ok", { title: "Neues Board" }],
  ["GET /api/boards/:id",                         "id=publicBoard",       "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/boards/:id",                         "id=workshop",          "404 404 404 404 ok  404 ok"],
  ["GET /api/boards/:id",                         "id=otherWorkshop",     "404 404 404 404 404 ok  ok"],
  ["PATCH /api/boards/:id",                       "id=publicBoard",       "401 403 403 403 403 403 ok", { title: "Neuer Titel" }],
  ["PATCH /api/boards/:id",                       "id=workshop",          "401 404 404 404 403 404 ok", { title: "Neuer Titel" }],
  ["POST /api/boards/:id/ideas",                  "id=publicBoard",       "401 ok  ok  403 403 403 ok", { title: "Mehr Licht am Weg" }],
  ["POST /api/boards/:id/ideas",                  "id=preBoard",          "401 ok  ok  403 403 403 ok", { title: "Mehr Licht am Weg" }],
  ["POST /api/boards/:id/ideas",                  "id=workshop",          "404 404 404 404 ok  404 ok", { title: "Mehr Licht am Weg" }],
  ["GET /api/boards/:id/plenary",                 "id=publicBoard",       "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/boards/:id/plenary",                 "id=workshop",          "404 404 404 404 ok  404 ok"],
  ["GET /api/boards/:id/export.csv",              "id=publicBoard",       "401 403 403 403 403 403 ok"],
  ["GET /api/boards/:id/export.csv",              "id=workshop",          "404 404 404 404 403 404 ok"],
  ["GET /api/boards/:id/export.json",             "id=publicBoard",       "401 403 403 403 403 403 ok"],
  ["GET /api/boards/:id/export.json",             "id=workshop",          "404 404 404 404 403 404 ok"],

  ["GET /api/ideas/:id",                          "id=ownIdea",           "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/ideas/:id",                          "id=pendingIdea",       "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id",                          "id=hiddenIdea",        "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id",                          "id=mergedIdea",        "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/ideas/:id",                          "id=workshopIdea",      "404 404 404 404 ok  404 ok"],
  ["GET /api/ideas/:id/comments",                 "id=ownIdea",           "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/ideas/:id/comments",                 "id=hiddenIdea",        "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id/comments",                 "id=workshopIdea",      "404 404 404 404 ok  404 ok"],
  ["POST /api/ideas/:id/comments",                "id=ownIdea",           "401 ok  ok  403 403 403 ok", { body: "Finde ich gut" }],
  ["POST /api/ideas/:id/comments",                "id=pendingIdea",       "404 ok  404 404 404 404 ok", { body: "Finde ich gut" }],
  ["POST /api/ideas/:id/comments",                "id=hiddenIdea",        "404 403 404 404 404 404 403", { body: "Finde ich gut" }],
  ["POST /api/ideas/:id/comments",                "id=mergedIdea",        "401 403 403 403 403 403 403", { body: "Finde ich gut" }],
  ["POST /api/ideas/:id/comments",                "id=workshopIdea",      "404 404 404 404 ok  404 ok", { body: "Finde ich gut" }],
  ["PUT /api/ideas/:id/vote",                     "id=ownIdea",           "401 ok  ok  403 403 403 ok"],
  ["PUT /api/ideas/:id/vote",                     "id=pendingIdea",       "404 403 404 404 404 404 403"],
  ["PUT /api/ideas/:id/vote",                     "id=hiddenIdea",        "404 403 404 404 404 404 403"],
  ["PUT /api/ideas/:id/vote",                     "id=mergedIdea",        "401 403 403 403 403 403 403"],
  ["PUT /api/ideas/:id/vote",                     "id=workshopIdea",      "404 404 404 404 ok  404 ok", { dots: 2 }],
  ["DELETE /api/ideas/:id/vote",                  "id=ownIdea",           "401 ok  ok  403 403 403 ok"],
  ["DELETE /api/ideas/:id/vote",                  "id=pendingIdea",       "404 403 404 404 404 404 403"],
  ["DELETE /api/ideas/:id/vote",                  "id=workshopIdea",      "404 404 404 404 ok  404 ok"],
  ["PUT /api/ideas/:id/coauthors/:userId",        "id=ownIdea userId=otherResident",     "401 ok  403 403 403 403 ok"],
  ["PUT /api/ideas/:id/coauthors/:userId",        "id=pendingIdea userId=otherResident", "404 ok  404 404 404 404 ok"],
  ["PUT /api/ideas/:id/coauthors/:userId",        "id=hiddenIdea userId=otherResident",  "404 ok  404 404 404 404 ok"],
  ["PUT /api/ideas/:id/coauthors/:userId",        "id=workshopIdea userId=otherResident", "404 404 404 404 403 404 ok"],
  ["DELETE /api/ideas/:id/coauthors/:userId",     "id=ownIdea userId=otherResident",     "401 ok  403 403 403 403 ok"],
  ["DELETE /api/ideas/:id/coauthors/:userId",     "id=pendingIdea userId=otherResident", "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id/coauthor-candidates",      "id=ownIdea ?q=Be",     "401 ok  403 403 403 403 ok"],
  ["GET /api/ideas/:id/coauthor-candidates",      "id=pendingIdea ?q=Be", "404 ok  404 404 404 404 ok"],
  ["POST /api/ideas/:id/report",                  "id=ownIdea",           "401 ok  ok  403 403 403 ok", { reason: "Doppelt" }],
  ["POST /api/ideas/:id/report",                  "id=pendingIdea",       "404 ok  404 404 404 404 ok", { reason: "Doppelt" }],
  ["POST /api/ideas/:id/report",                  "id=workshopIdea",      "404 404 404 404 ok  404 ok", { reason: "Doppelt" }],
  ["POST /api/comments/:id/report",               "id=comment",           "401 ok  ok  403 403 403 ok", { reason: "Unfreundlich" }],

  // A guest whose workshop ended still reads it, and does nothing else there.
  ["GET /api/ideas/:id",                          "id=otherWorkshopIdea", "404 404 404 404 404 ok  ok"],
  ["POST /api/boards/:id/ideas",                  "id=otherWorkshop",     "404 404 404 404 404 403 ok", { title: "Nach dem Abend" }],
  ["POST /api/ideas/:id/comments",                "id=otherWorkshopIdea", "404 404 404 404 404 403 ok", { body: "Noch ein Gedanke" }],
  ["PUT /api/ideas/:id/vote",                     "id=otherWorkshopIdea", "404 404 404 404 404 403 409", { dots: 1 }],
  ["POST /api/ideas/:id/report",                  "id=otherWorkshopIdea", "404 404 404 404 404 403 ok", { reason: "Doppelt" }],
  ["GET /api/ideas/:id/history",                  "id=otherWorkshopIdea", "404 404 404 404 404 403 ok"],

  ["GET /api/ideas/:id/history",                  "id=ownIdea",           "401 ok  403 403 403 403 ok"],
  ["GET /api/ideas/:id/history",                  "id=pendingIdea",       "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id/history",                  "id=hiddenIdea",        "404 ok  404 404 404 404 ok"],
  ["GET /api/ideas/:id/history",                  "id=workshopIdea",      "404 404 404 404 ok  404 ok"],
  ["POST /api/ideas/:id/history/:versionId/restore", "id=ownIdea versionId=ownIdeaVersion", "401 ok  403 403 403 403 ok"],
  ["POST /api/ideas/:id/history/:versionId/restore", "id=hiddenIdea versionId=ownIdeaVersion", "404 404 404 404 404 404 404"],

  ["POST /api/ideas/:id/promote",                 "id=ownIdea",           "401 403 403 403 403 403 ok"],
  ["POST /api/ideas/:id/promote",                 "id=pendingIdea",       "404 403 404 404 404 404 409"],
  ["POST /api/ideas/:id/promote",                 "id=hiddenIdea",        "404 403 404 404 404 404 409"],
  ["POST /api/ideas/:id/promote",                 "id=mergedIdea",        "401 403 403 403 403 403 409"],
  ["POST /api/ideas/:id/promote",                 "id=workshopIdea",      "404 404 404 404 403 404 ok"],
  ["GET /api/projects/:id",                       "id=project",           "ok  ok  ok  ok  ok  ok  ok"],
  ["POST /api/projects/:id/team",                 "id=project",           "401 ok  ok  403 403 403 ok"],
  ["DELETE /api/projects/:id/team",               "id=project",           "401 ok  ok  ok  ok  ok  ok"],
  ["PATCH /api/projects/:id",                     "id=project",           "401 ok  403 403 403 403 ok", { status: "running" }],
  ["PATCH /api/projects/:id",                     "id=project",           "401 403 403 403 403 403 ok", { budgetGranted: 50_000 }],
  ["POST /api/projects/:id/news",                 "id=project",           "401 ok  403 403 403 403 ok", { body: "Wir treffen uns am Montag." }],
  ["GET /api/funds/:year",                        "year=year",            "ok  ok  ok  ok  ok  ok  ok"],
  ["PUT /api/funds/:year",                        "year=year",            "401 403 403 403 403 403 ok", { amount: 500_000 }],

  ["POST /api/ideas/:id/status",                  "id=ownIdea",           "401 403 403 403 403 403 ok", { status: "reviewing" }],
  ["POST /api/ideas/:id/status",                  "id=pendingIdea",       "404 403 404 404 404 404 ok", { status: "reviewing" }],
  ["POST /api/ideas/:id/status",                  "id=workshopIdea",      "404 404 404 404 403 404 ok", { status: "reviewing" }],
  ["POST /api/ideas/:id/hide",                    "id=ownIdea",           "401 403 403 403 403 403 ok", { reason: "Beleidigend" }],
  ["POST /api/ideas/:id/hide",                    "id=pendingIdea",       "404 403 404 404 404 404 ok", { reason: "Beleidigend" }],
  ["POST /api/ideas/:id/restore",                 "id=hiddenIdea",        "404 403 404 404 404 404 ok"],
  ["POST /api/ideas/:id/restore",                 "id=ownIdea",           "401 403 403 403 403 403 ok"],
  ["POST /api/ideas/:id/approve",                 "id=pendingIdea",       "404 403 404 404 404 404 ok"],
  ["POST /api/ideas/:id/approve",                 "id=workshopIdea",      "404 404 404 404 403 404 ok"],
  ["PATCH /api/ideas/:id",                        "id=ownIdea",           "401 403 403 403 403 403 ok", { commentsLocked: true }],
  ["PATCH /api/ideas/:id",                        "id=hiddenIdea",        "404 403 404 404 404 404 ok", { title: "Neu gefasst" }],
  ["POST /api/ideas/:id/merge",                   "id=ownIdea",           "401 403 403 403 403 403 ok", { into: "@othersIdea" }],
  ["POST /api/ideas/:id/merge",                   "id=pendingIdea",       "404 403 404 404 404 404 400", { into: "@othersIdea" }],
  ["POST /api/ideas/:id/unmerge",                 "id=mergedIdea",        "401 403 403 403 403 403 ok"],
  ["POST /api/ideas/:id/unmerge",                 "id=hiddenIdea",        "404 403 404 404 404 404 409"],
  ["POST /api/comments/:id/hide",                 "id=comment",           "401 403 403 403 403 403 ok", { reason: "Unfreundlich" }],
  ["POST /api/comments/:id/restore",              "id=comment",           "401 403 403 403 403 403 ok"],
  ["GET /api/moderation/queue",                   "",                     "401 403 403 403 403 403 ok"],
  ["POST /api/moderation/reports/:target/dismiss", "target=reportTarget", "401 403 403 403 403 403 ok"],
  ["GET /api/moderation/people",                  "?q=Be",                "401 403 403 403 403 403 ok"],
  ["POST /api/people/:id/block",                  "id=otherResident",     "401 403 403 403 403 403 ok", { reason: "Spam" }],
  ["POST /api/people/:id/unblock",                "id=blocked",           "401 403 403 403 403 403 ok"],
  ["GET /api/audit",                              "",                     "401 403 403 403 403 403 ok"],
  ["GET /metrics",                                "",                     "404 404 404 404 404 404 ok"],
  ["GET /api/moderation/outbox",                  "",                     "401 403 403 403 403 403 ok"],
  ["GET /api/moderation/waiting",                 "",                     "401 403 403 403 403 403 ok"],

  ["GET /api/office",                             "",                     "ok  ok  ok  ok  ok  ok  ok"],
  ["PUT /api/office",                             "",                     "401 403 403 403 403 403 ok", { name: "QUER", logoAlt: "Logo" }],
  ["PUT /api/office/logo",                        "",                     "401 403 403 403 403 403 ok", new RawBody(PNG, "image/png")],
  // JSON is no picture: the manager gets as far as the check of the type.
  ["PUT /api/office/logo",                        "",                     "401 403 403 403 403 403 415", { name: "kein Bild" }],
  ["DELETE /api/office/logo",                     "",                     "401 403 403 403 403 403 ok"],
  ["GET /api/office/logo/:hash",                  "hash=logoHash",        "ok  ok  ok  ok  ok  ok  ok"],

  ["GET /api/notifications",                      "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["POST /api/notifications/read",                "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["GET /api/me/notices",                         "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["PUT /api/me/notices",                         "",                     "401 ok  ok  ok  ok  ok  ok", { emailNotices: "off" }],
  ["POST /api/unsubscribe/:token",                "token=unsubscribeToken", "ok  ok  ok  ok  ok  ok  ok"],
  ["GET /api/me/ideas",                           "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["GET /api/me/export",                          "",                     "401 ok  ok  ok  ok  ok  ok"],
  ["DELETE /api/me",                              "",                     "401 ok  ok  ok  ok  ok  ok"],

  // Anyone may tell the office about a barrier, blocked people too (decision 0039).
  ["POST /api/feedback",                          "",                     "ok  ok  ok  ok  ok  ok  ok", { message: "Der Kontrast der Knöpfe ist zu schwach.", page: "/hilfe" }],
  ["POST /api/feedback",                          "",                     "400 400 400 400 400 400 400", { message: "Zu lesen", page: "https://evil.example/" }],

  ["POST /api/join",                              "",                     "ok  ok  ok  ok  ok  ok  ok", { code: "@workshopCode" }],
  ["POST /api/boards/:id/session",                "id=workshop",          "404 404 404 404 403 404 ok"],
  ["POST /api/boards/:id/session",                "id=publicBoard",       "401 403 403 403 403 403 409"],
  ["GET /api/boards/:id/session",                 "id=workshop",          "404 404 404 404 403 404 ok"],
  ["DELETE /api/boards/:id/session",              "id=workshop",          "404 404 404 404 403 404 ok"],
  ["DELETE /api/boards/:id/session",              "id=otherWorkshop",     "404 404 404 404 404 403 409"],
  ["GET /api/boards/:id/qr.svg",                  "id=workshop",          "404 404 404 404 403 404 ok"],
  ["POST /api/boards/:id/phase",                  "id=workshop",          "404 404 404 404 403 404 ok", { phase: "results" }],
  ["POST /api/boards/:id/reveal",                 "id=workshop",          "404 404 404 404 403 404 ok"],
  ["POST /api/boards/:id/reveal",                 "id=publicBoard",       "401 403 403 403 403 403 ok"],
  ["POST /api/boards/:id/timer",                  "id=workshop",          "404 404 404 404 403 404 ok", { action: "start", seconds: 300 }],
  ["POST /api/boards/:id/spotlight",              "id=workshop",          "404 404 404 404 403 404 ok", { ideaId: "@workshopIdea" }],
  ["POST /api/boards/:id/tables",                 "id=workshop",          "404 404 404 404 403 404 ok", { title: "Tisch Verkehr" }],
  ["PATCH /api/boards/:id/workshop",              "id=workshop",          "404 404 404 404 403 404 ok", { participantCanvas: true }],
  ["GET /api/boards/:id/minutes.md",              "id=workshop",          "404 404 404 404 403 404 ok"],

  ["GET /boards/:id",                             "id=publicBoard",       "page page page page page page page"],
  ["GET /boards/:id",                             "id=workshop",          "shell shell shell shell page shell page"],
  ["GET /*",                                      "",                     "ok  ok  ok  ok  ok  ok  ok"],
];
