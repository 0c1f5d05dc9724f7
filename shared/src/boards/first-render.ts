import type { MeAnswer } from "../auth/schemas.ts";
import type { Office } from "../office/schemas.ts";
import type { BoardAnswer } from "./answer.ts";

/**
 * The seam between the server's board page (server/src/boards/page-route.ts) and the
 * client's render of its first view (client/src/boards/render-board.tsx), which the
 * build bundles for Node into `.server/` beside the client's files.
 */
export const BOARD_RENDER_FILE = ".server/render-board.js";

/**
 * The language a person chose, as a cookie the client writes (client/src/i18n/i18n.ts)
 * for the server's render; the client's own record of the choice is in its storage.
 */
export const LOCALE_COOKIE = "quer_locale";

export interface BoardRenderInput {
  /** The page's path and query, as the router sees them. */
  url: string;
  /** The answer of `GET /api/me`. */
  me: MeAnswer;
  /** The answer of `GET /api/boards/:id?first=…` the page embeds. */
  board: BoardAnswer;
  /** The office of `GET /api/office`, for the header's logo and name. */
  office: Office;
  /** The request's language (server/src/http/locale.ts); anything unknown renders German. */
  locale: string | undefined;
}

export interface BoardRender {
  /** The inside of `#root`: header, the board's first cards, footer. */
  html: string;
  /** The language it was rendered in, for `<html lang dir>`. */
  locale: string;
  dir: "ltr" | "rtl";
}

export type RenderBoard = (input: BoardRenderInput) => BoardRender;
