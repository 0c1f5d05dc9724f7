import "./app/styles.css";
import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
import { loadMe } from "./auth/session.ts";
import { prefetchBoard } from "./boards/board-api.ts";

void loadMe();
// A board opened directly (a shared link, a reload) starts loading its ideas at once.
const boardLink = /^\/boards\/([a-z0-9]+)$/.exec(location.pathname);
if (boardLink?.[1]) prefetchBoard(boardLink[1]);
const root = document.getElementById("root");
if (root) render(() => <App />, root);
