import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { BOARD_RENDER_FILE, type RenderBoard } from "@quer/shared/boards/first-render";
import { type Log, quietLog } from "../ops/log.ts";

/**
 * The client build's render of a board page's first view (client/src/boards/
 * render-board.tsx, bundled for Node), loaded on first use. Null while the client has no
 * such build (the dev server, a build without `--ssr`): the page then comes without it,
 * as before, and the file is looked for again on the next request. A bundle that will
 * not load is reported once and not tried again; it would fail the same way.
 */
export function boardRenderer(clientDir: string, log: Log = quietLog): () => Promise<RenderBoard | null> {
  const file = join(clientDir, BOARD_RENDER_FILE);
  let loaded: Promise<RenderBoard | null> | undefined;
  return () => {
    if (loaded) return loaded;
    if (!existsSync(file)) return Promise.resolve(null);
    loaded = import(pathToFileURL(file).href).then(
      (module: { renderBoard?: unknown }) => {
        if (typeof module.renderBoard === "function") return module.renderBoard as RenderBoard;
        log.error(
          { file },
          "the board renderer exports no renderBoard; boards are served without a first view",
        );
        return null;
      },
      (error: unknown) => {
        log.error(
          { err: error, file },
          "the board renderer does not load; boards are served without a first view",
        );
        return null;
      },
    );
    return loaded;
  };
}
