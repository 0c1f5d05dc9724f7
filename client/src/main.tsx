import "./app/styles.css";
import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
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
    // index.html shows a wordless loading note until now (it suits every language): people
    // see the page is coming, and the browser sets up the stylesheet and the font while
    // the scripts are still on their way, not in the render that shows the first cards.
    root.replaceChildren();
    render(() => <App />, root);
  });
}
