import { projectStatuses, type ProjectStatus as Status } from "@quer/shared/projects/doc";
import { createMemo, For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { createForm } from "../app/create-form.ts";
import { FormAlert } from "../app/forms.tsx";
import type { MessageKey } from "../i18n/de.ts";
import { t } from "../i18n/i18n.ts";
import { type ProjectAnswer, updateProject } from "./project-api.ts";
import "./messages.ts";

export const statusKey = (s: Status) => `project.status.${s}` as MessageKey;

export function ProjectStatus(props: { answer: ProjectAnswer; onSaved: (a: ProjectAnswer) => void }) {
  const { alert, busy, submit } = createForm();
  // Set again only when the stage itself changes (the live project changes more often).
  const current = createMemo(() => props.answer.project.status);
  let select: HTMLSelectElement | undefined;
  const onSubmit = submit(() => {
    const status = select?.value as Status | undefined;
    if (!status || status === props.answer.project.status) return undefined;
    return async () => {
      const res = await updateProject(props.answer.project.id, { status });
      props.onSaved({ ...props.answer, ...res });
      announce(t("project.statusSaved", { status: t(statusKey(status)) }));
    };
  });
  return (
    <Show
      when={props.answer.canEdit}
      fallback={
        <p class="project-status">
          <span class="badge">
            {t("project.statusLabel", { status: t(statusKey(props.answer.project.status)) })}
          </span>
        </p>
      }
    >
      <form class="inline-form" novalidate onSubmit={onSubmit}>
        <FormAlert message={alert()} />
        <div class="field">
          <label for="project-status">{t("project.status")}</label>
          <select ref={select} id="project-status" value={current()}>
            <For each={projectStatuses}>
              {(s) => (
                <option value={s} selected={s === current()}>
                  {t(statusKey(s))}
                </option>
              )}
            </For>
          </select>
        </div>
        <button type="submit" class="button" aria-disabled={busy()}>
          {t("project.statusSubmit")}
        </button>
      </form>
    </Show>
  );
}
