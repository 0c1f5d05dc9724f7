import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { Layout } from "./Layout.tsx";

// Each page is its own chunk; Yjs loads only with the board page.
const BoardsPage = lazy(() => import("../boards/BoardsPage.tsx"));
const BoardPage = lazy(() => import("../boards/BoardPage.tsx"));
const ManagePage = lazy(() => import("../boards/ManagePage.tsx"));
const IdeaPage = lazy(() => import("../ideas/IdeaPage.tsx"));
const NewIdeaPage = lazy(() => import("../ideas/NewIdeaPage.tsx"));
const LoginPage = lazy(() => import("../auth/LoginPage.tsx"));
const SignupPage = lazy(() => import("../auth/SignupPage.tsx"));
const NotFound = lazy(() => import("./NotFound.tsx"));

export function App() {
  return (
    <Router root={Layout}>
      <Route path="/" component={BoardsPage} />
      <Route path="/boards/:id" component={BoardPage} />
      <Route path="/boards/:id/new" component={NewIdeaPage} />
      <Route path="/ideas/:id" component={IdeaPage} />
      <Route path="/login" component={LoginPage} />
      <Route path="/signup" component={SignupPage} />
      <Route path="/manage" component={ManagePage} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
