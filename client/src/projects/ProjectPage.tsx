import type { BoardDocProject } from "@quer/shared/projects/live";
import { liveProject } from "@quer/shared/projects/live";
import { A, useParams } from "@solidjs/router";
import { type Accessor, createEffect, createMemo, lazy, on, Show, Suspense, untrack } from "solid-js";
import { announce } from "../app/announcer.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { type Change, changesBetween } from "./live-changes.ts";
import { formatEuros } from "./money.ts";
import { ProjectBudget } from "./ProjectBudget.tsx";
import { ProjectNews } from "./ProjectNews.tsx";
import { ProjectStatus, statusKey } from "./ProjectStatus.tsx";
import { ProjectTeam } from "./ProjectTeam.tsx";
import { changingOwn, fetchProject, type ProjectAnswer } from "./project-api.ts";
import "./projects.css";
import "./messages.ts";

// The plan brings Yjs and the offline store; it loads after the page itself.
const ProjectPlan = lazy(() => import("./ProjectPlan.tsx"));

export default function ProjectPage() {
  const params = useParams<{ id: string }>();
  return (
    <Show when={params.id} keyed>
      {(id) => <ProjectView id={id} />}
    </Show>
  );
}

function ProjectView(props: { id: string }) {
  const { data: answer, setData: setAnswer, failure, load } = loadForUser(() => fetchProject(props.id));

  return (
    <PageLoad
      data={answer()}
      failure={failure()}
      errorTitle={t("project.loadError")}
      back={{ href: "/", label: t("app.toBoards") }}
    >
      {(a) => <LiveProject answer={a} onSaved={setAnswer} reload={load} />}
    </PageLoad>
  );
}

/**
 * The page follows the project's server-written facts in `board:<boardId>` (team, stage,
 * money, news, fund) over the answer it loaded, and says politely what others changed.
 */
function LiveProject(props: {
  answer: Accessor<ProjectAnswer>;
  onSaved: (a: ProjectAnswer) => void;
  reload: () => Promise<void>;
}) {
  // The plan's socket owns the connection indicator; this one only reads.
  const live = openLiveBoard(
    untrack(() => props.answer().project.boardId),
    { indicator: false },
  );
  const me = () => user()?.id ?? null;
  // Every change on the board reads the map afresh: only a change of this entry is one.
  const entry = createMemo(() => live.projects().get(props.answer().project.id), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  const a = createMemo<ProjectAnswer>(() => {
    const answer = props.answer();
    const e = entry();
    const project = liveProject(answer.project, e, me());
    return {
      ...answer,
      project,
      fund: e?.fund ?? answer.fund,
      canEdit: answer.canManage || (project.member ?? answer.canEdit),
    };
  });
  announceChanges(entry, live.synced, me);

  return (
    <article class="project-page" aria-labelledby="project-title">
      <p>
        <A href={`/ideas/${a().project.ideaId}`}>
          <span class="back-arrow" aria-hidden="true">
            ←
          </span>{" "}
          {t("project.toIdea")}
        </A>
      </p>
      <PageHeading own id="project-title" text={a().project.title} />
      <p class="project-kicker">{t("project.kicker")}</p>
      <ProjectStatus answer={a()} onSaved={props.onSaved} />
      <ProjectTeam answer={a()} reload={props.reload} />
      {/* A new permission is a new socket: remount the plan when it changes. */}
      <Show when={`${a().canEdit}`} keyed>
        {(_k) => (
          <Suspense fallback={<p class="loading">{t("app.loading")}</p>}>
            <ProjectPlan
              projectId={a().project.id}
              canEdit={a().canEdit}
              me={user() ? { id: user()?.id ?? "", name: user()?.name ?? "" } : undefined}
            />
          </Suspense>
        )}
      </Show>
      <ProjectBudget answer={a()} onSaved={props.onSaved} />
      <ProjectNews answer={a()} onSaved={props.onSaved} />
    </article>
  );
}

/** Others' changes, once the live document is complete; the first sync itself is not news. */
function announceChanges(
  entry: Accessor<BoardDocProject | undefined>,
  synced: Accessor<boolean>,
  me: Accessor<string | null>,
): void {
  let settled = false;
  createEffect(
    on([entry, synced], ([next], previous) => {
      const before = previous?.[0];
      if (settled && before && next && !changingOwn()) {
        const text = changesBetween(before, next, me()).map(changeText).join(" ");
        if (text) announce(text);
      }
      settled = synced();
    }),
  );
}

function changeText(change: Change): string {
  switch (change.kind) {
    case "status":
      return t("project.live.status", { status: t(statusKey(change.status)) });
    case "money":
      return t("project.live.money", {
        requested: formatEuros(change.requested),
        granted: formatEuros(change.granted),
      });
    case "fund":
      return t("project.live.fund", { year: change.year, left: formatEuros(change.left) });
    case "news":
      return t("project.live.news", { name: change.name, body: change.body });
    case "title":
      return t("project.live.title", { title: change.title });
    case "joined":
      return t("project.live.joined", { name: change.name });
    case "left":
      return t("project.live.left", { name: change.name });
  }
}
