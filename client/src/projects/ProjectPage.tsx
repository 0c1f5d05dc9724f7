import { A, useParams } from "@solidjs/router";
import { lazy, Show, Suspense } from "solid-js";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { ProjectBudget } from "./ProjectBudget.tsx";
import { ProjectNews } from "./ProjectNews.tsx";
import { ProjectStatus } from "./ProjectStatus.tsx";
import { ProjectTeam } from "./ProjectTeam.tsx";
import { fetchProject } from "./project-api.ts";
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
      {(a) => (
        <article class="project-page" aria-labelledby="project-title">
          <p>
            <A href={`/ideas/${a().project.ideaId}`}>
              <span aria-hidden="true">← </span>
              {t("project.toIdea")}
            </A>
          </p>
          <PageHeading id="project-title" text={a().project.title} />
          <p class="project-kicker">{t("project.kicker")}</p>
          <ProjectStatus answer={a()} onSaved={setAnswer} />
          <ProjectTeam answer={a()} reload={load} />
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
          <ProjectBudget answer={a()} onSaved={setAnswer} />
          <ProjectNews answer={a()} onSaved={setAnswer} />
        </article>
      )}
    </PageLoad>
  );
}
