import "./app/styles.css";
import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
import { mountPoint } from "./app/server-view.ts";
import { loadMe } from "./auth/session.ts";
import { prefetchBoard } from "./boards/board-api.ts";
import { restoreLocale } from "./i18n/i18n.ts";

void loadMe();
// A board opened directly (a shared link, a reload) starts loading its ideas at once.
const boardLink = /^\/boards\/([a-z0-9]+)$/.exec(location.pathname);
if (boardLink?.[1]) prefetchBoard(boardLink[1]);
const root = document.getElementById("root");
// A language other than German is loaded first, so the page never flashes in German.
if (root) {
  void restoreLocale().then(() => {
    // Until now the page shows index.html's loading note or the server's first view: the
    // browser sets up the stylesheet and the font while the scripts are still on their
    // way, not in the render that shows the first cards.
    render(() => <App />, mountPoint(root));
  });
}
