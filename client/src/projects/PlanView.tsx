import type { ProjectDate, ProjectTask } from "@quer/shared/projects/doc";
import { For, Show } from "solid-js";
import { t } from "../i18n/i18n.ts";
import { DateList } from "./PlanDates.tsx";
import "./messages.ts";

export function PlanView(props: { goal: string; needs: string; tasks: ProjectTask[]; dates: ProjectDate[] }) {
  return (
    <>
      <h3>{t("plan.goal")}</h3>
      <p class="plan-text">{props.goal || t("plan.empty")}</p>
      <h3>{t("plan.needs")}</h3>
      <p class="plan-text">{props.needs || t("plan.empty")}</p>
      <h3>{t("plan.tasks")}</h3>
      <Show when={props.tasks.length > 0} fallback={<p>{t("plan.noTasks")}</p>}>
        <ul class="task-list">
          <For each={props.tasks}>
            {(task) => (
              <li class="task" data-done={task.done}>
                <span class="task-mark" aria-hidden="true">
                  {task.done ? "✓" : "○"}
                </span>{" "}
                <span class="task-title">{task.title}</span>
                {" – "}
                {task.done ? t("plan.done") : t("plan.open")}
                <Show when={task.takenBy}>{(who) => <>, {t("plan.takenBy", { name: who().name })}</>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <h3>{t("plan.dates")}</h3>
      <DateList dates={props.dates} />
    </>
  );
}
