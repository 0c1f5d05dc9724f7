import { A } from "@solidjs/router";
import { For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert } from "../app/forms.tsx";
import { loginHref, user } from "../auth/session.ts";
import { t } from "../i18n/i18n.ts";
import { joinProject, leaveProject, type ProjectAnswer } from "./project-api.ts";
import "./messages.ts";

export function ProjectTeam(props: { answer: ProjectAnswer; reload: () => Promise<void> }) {
  const { alert, run } = createForm();
  const member = () => props.answer.project.member === true;
  const act = (join: boolean) =>
    run(async () => {
      if (join) await joinProject(props.answer.project.id);
      else await leaveProject(props.answer.project.id);
      await props.reload();
      announce(t(join ? "project.joined" : "project.left"));
      queueMicrotask(() => document.getElementById("team-action")?.focus());
    });
  return (
    <section class="project-part" aria-labelledby="team-heading">
      <h2 id="team-heading">{t("project.team")}</h2>
      <Show when={props.answer.project.team.length > 0} fallback={<p>{t("project.teamEmpty")}</p>}>
        <ul class="team-list">
          <For each={props.answer.project.team}>{(p) => <li>{p.name}</li>}</For>
        </ul>
      </Show>
      <FormAlert message={alert()} />
      <Show
        when={user()}
        fallback={
          <Show when={user() === null}>
            <p>
              <A href={loginHref(`/projects/${props.answer.project.id}`)}>{t("project.signInToJoin")}</A>
            </p>
          </Show>
        }
      >
        <Show
          when={member()}
          fallback={
            <Show when={props.answer.canJoin}>
              <button id="team-action" type="button" class="button button-primary" onClick={() => act(true)}>
                {t("project.join")}
              </button>
            </Show>
          }
        >
          <p>{t("project.youAreIn")}</p>
          <button id="team-action" type="button" class="button" onClick={() => act(false)}>
            {t("project.leave")}
          </button>
        </Show>
      </Show>
    </section>
  );
}
