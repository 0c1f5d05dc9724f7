import { brotliCompressSync, constants } from "node:zlib";
import { BOARD_FIRST_PAGE } from "@quer/shared";
import type { BoardRenderInput } from "@quer/shared/boards/first-render";
import { dirOf } from "@quer/shared/i18n/locales";
import { Hono } from "hono";
import { meAnswer } from "../auth/me-routes.ts";
import { durableReads } from "../http/durable-reads.ts";
import type { AppEnv } from "../http/env.ts";
import { AppError } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { httpMessages } from "../http/messages.ts";
import {
  dataBlock,
  intoHead,
  intoRoot,
  pageShell,
  withDescription,
  withLanguage,
} from "../http/page-shell.ts";
import { loadSession } from "../http/session-middleware.ts";
import { acceptsBrotli, pageHeaders, serveClient } from "../http/static.ts";
import { officeState } from "../office/settings.ts";
import type { Services } from "../services.ts";
import { boardAnswer } from "./answer.ts";
import { boardRenderer } from "./first-render.ts";

/** The id of the data block; client/src/app/first-answers.ts reads it. */
export const FIRST_ANSWERS_ID = "quer-first";
/**
 * Query parameters that change which cards the list shows. The embedded slice is the
 * most-voted ideas, so the server renders only the list's default view; for any other,
 * the app renders the page once its ideas are in.
 */
const LIST_PARAMS = ["sort", "kind", "category"];

/**
 * `/boards/:id` as a page: index.html with the board page's chunks preloaded, the script
 * that readies date formatting while they load, and, in a data block, the answers its
 * first cards wait for (`/api/me` and the board's first slice, for this request's
 * session, from the same functions as the API). On an old phone that saves the round
 * trips of the entry script's requests. Inside `#root` is the page's first view, rendered
 * from those answers by the client's own components (decision 0011): the first cards show
 * as soon as the stylesheet is in, and without JavaScript. A board the person may not
 * see, or one that does not exist, gets the plain index.html, so the page says no more
 * than the API would; the client then asks the API as it always did.
 */
export function boardPageRoutes(services: Services) {
  const plain = serveClient(services.config, requestLocale);
  const shell = pageShell(services.config.clientDir, {
    page: "src/boards/BoardPage.tsx",
    scripts: ["src/warm-intl.ts"],
  });
  const renderer = boardRenderer(services.config.clientDir, services.log);
  // Loaded now, so the first visitor does not wait for the bundle to be read and compiled.
  void renderer();

  /** The page with its first view; without one when the build has no renderer or it fails. */
  async function withFirstView(html: string, input: BoardRenderInput, listParams: boolean): Promise<string> {
    const render = listParams ? null : await renderer();
    if (!render) return html;
    try {
      const view = render(input);
      return withLanguage(intoRoot(html, view.html), view.locale, view.dir);
    } catch (error) {
      // The app renders the page as it would without a first view: nothing is lost.
      services.log.error({ err: error }, "first view of a board not rendered");
      return html;
    }
  }

  return new Hono<AppEnv>().get(
    "/boards/:id",
    async (c, next) => {
      c.set("services", services);
      await next();
    },
    // It embeds what the API answers, so it waits for the disk as the API's reads do.
    durableReads,
    loadSession,
    async (c) => {
      const html = shell();
      if (html === null) return plain(c);
      let board: ReturnType<typeof boardAnswer>;
      try {
        board = boardAnswer(services.db, c.get("actor"), c.req.param("id"), BOARD_FIRST_PAGE);
      } catch (error) {
        if (error instanceof AppError) return plain(c);
        throw error;
      }
      // The office from memory (`office/settings.ts`): the header's name and logo, no read per page.
      const answers = { me: meAnswer(c), board, office: officeState(services.db).office };
      const url = new URL(c.req.url);
      const locale = requestLocale(c);
      const page = await withFirstView(
        withDescription(
          withLanguage(intoHead(html, dataBlock(FIRST_ANSWERS_ID, answers)), locale, dirOf(locale)),
          httpMessages(locale).pageDescription,
        ),
        { url: url.pathname + url.search, ...answers, locale },
        LIST_PARAMS.some((name) => url.searchParams.has(name)),
      );
      const headers = {
        ...pageHeaders(services.config.publicUrl),
        "Content-Type": "text/html; charset=utf-8",
        // This person's view of the board: no cache may keep it or hand it to anyone else.
        "Cache-Control": "private, no-store",
      };
      if (!acceptsBrotli(c.req.header("accept-encoding"))) return c.body(page, 200, headers);
      // A sixth smaller than gzip for a millisecond's work: the page's scripts are requested
      // only once it has arrived.
      const packed = brotliCompressSync(page, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      return c.body(packed, 200, { ...headers, "Content-Encoding": "br", Vary: "Accept-Encoding" });
    },
  );
}
