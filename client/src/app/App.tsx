import { Route, Router } from "@solidjs/router";
import { lazy } from "solid-js";
import { Layout } from "./Layout.tsx";

// Each page is its own chunk; Yjs loads only with the board page.
const BoardsPage = lazy(() => import("../boards/BoardsPage.tsx"));
const BoardPage = lazy(() => import("../boards/BoardPage.tsx"));
const ManagePage = lazy(() => import("../boards/ManagePage.tsx"));
const OfficeSettingsPage = lazy(() => import("../office/OfficeSettingsPage.tsx"));
const IdeaPage = lazy(() => import("../ideas/IdeaPage.tsx"));
const NewIdeaPage = lazy(() => import("../ideas/NewIdeaPage.tsx"));
const LoginPage = lazy(() => import("../auth/LoginPage.tsx"));
const SignupPage = lazy(() => import("../auth/SignupPage.tsx"));
const ForgotPage = lazy(() => import("../password/ForgotPage.tsx"));
const ResetPage = lazy(() => import("../password/ResetPage.tsx"));
const QueuePage = lazy(() => import("../moderation/QueuePage.tsx"));
const PeoplePage = lazy(() => import("../moderation/PeoplePage.tsx"));
const AuditPage = lazy(() => import("../moderation/AuditPage.tsx"));
const OutboxPage = lazy(() => import("../moderation/OutboxPage.tsx"));
const WaitingPage = lazy(() => import("../moderation/WaitingPage.tsx"));
const NotificationsPage = lazy(() => import("../notifications/NotificationsPage.tsx"));
const UnsubscribePage = lazy(() => import("../notifications/UnsubscribePage.tsx"));
const AccountPage = lazy(() => import("../account/AccountPage.tsx"));
const MyIdeasPage = lazy(() => import("../account/MyIdeasPage.tsx"));
const ProjectPage = lazy(() => import("../projects/ProjectPage.tsx"));
const JoinPage = lazy(() => import("../workshops/JoinPage.tsx"));
const PhonePage = lazy(() => import("../workshops/PhonePage.tsx"));
const PresentPage = lazy(() => import("../workshops/PresentPage.tsx"));
const FacilitatePage = lazy(() => import("../workshops/FacilitatePage.tsx"));
const ResultsPage = lazy(() => import("../workshops/ResultsPage.tsx"));
const MinutesPage = lazy(() => import("../workshops/MinutesPage.tsx"));
const AccessibilityPage = lazy(() => import("../help/AccessibilityPage.tsx"));
const HelpPage = lazy(() => import("../help/HelpPage.tsx"));
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
      <Route path="/reset" component={ForgotPage} />
      <Route path="/reset/:token" component={ResetPage} />
      <Route path="/manage" component={ManagePage} />
      <Route path="/manage/office" component={OfficeSettingsPage} />
      <Route path="/moderation" component={QueuePage} />
      <Route path="/moderation/people" component={PeoplePage} />
      <Route path="/moderation/audit" component={AuditPage} />
      <Route path="/moderation/outbox" component={OutboxPage} />
      <Route path="/moderation/waiting" component={WaitingPage} />
      <Route path="/notifications" component={NotificationsPage} />
      <Route path="/unsubscribe/:token" component={UnsubscribePage} />
      <Route path="/account" component={AccountPage} />
      <Route path="/my-ideas" component={MyIdeasPage} />
      <Route path="/projects/:id" component={ProjectPage} />
      <Route path="/join/:code?" component={JoinPage} />
      <Route path="/workshop/:boardId" component={PhonePage} />
      <Route path="/workshop/:boardId/results" component={ResultsPage} />
      <Route path="/workshop/:boardId/minutes" component={MinutesPage} />
      <Route path="/present/:boardId" component={PresentPage} />
      <Route path="/facilitate/:boardId" component={FacilitatePage} />
      <Route path="/barrierefreiheit" component={AccessibilityPage} />
      <Route path="/hilfe" component={HelpPage} />
      <Route path="*404" component={NotFound} />
    </Router>
  );
}
