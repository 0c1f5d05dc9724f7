import "./app/styles.css";
import { render } from "solid-js/web";
import { App } from "./app/App.tsx";
import { loadMe } from "./auth/session.ts";

void loadMe();
const root = document.getElementById("root");
if (root) render(() => <App />, root);
