import { Hono } from "hono";
import { clearSessionCookie } from "../auth/cookie.ts";
import { attachment } from "../exports/file-name.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { requireSession } from "../http/session-middleware.ts";
import { erasePerson } from "./erase.ts";
import { personalExport } from "./export.ts";
import { accountMessages } from "./messages.ts";

/** Mounted at `/api/me`, beside `auth/me-routes.ts`. */
export const accountRoutes = new Hono<AppEnv>()
  /** Everything stored about the person asking (DSGVO Art. 15 and 20). No secrets, no other people. */
  .get("/export", (c) => {
    const session = requireSession(c);
    const { db, registry } = c.get("services");
    const locale = requestLocale(c);
    const data = personalExport(db, (name) => registry.get(name)?.doc ?? null, session.user.id, locale);
    if (!data) throw notFound();
    // Named in the reader's language; `attachment` adds an ASCII name for programs that know no other.
    c.header("Content-Disposition", attachment(accountMessages(locale).exportFileName, "", "json", "quer"));
    return c.json(data);
  })
  /**
   * Deletes the account (DSGVO Art. 17). Ideas, comments and news stay for the
   * neighbourhood but lose their author (shown as "Anonym"); votes go, and the tallies
   * they were part of are recounted. See `erasePerson` and decision 0016.
   */
  .delete("/", async (c) => {
    const session = requireSession(c);
    const { commands, config, registry, erasures } = c.get("services");
    // Edits that arrived this turn are stored first: the search for the person's name sees them.
    registry.storeWritersUpdatesNow();
    const erasure = commands.run((cx) => erasePerson(cx, session.user.id));
    if (erasure) {
      await erasures.follow(erasure);
    }
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });
