import {
  PROJECT_DATES,
  PROJECT_GOAL,
  PROJECT_NEEDS,
  PROJECT_TASKS,
  type ProjectDate,
  type ProjectTask,
} from "@quer/shared/projects/doc";
import { docName } from "@quer/shared/sync/doc-names";
import { createEffect, createSignal, on, onCleanup, Show } from "solid-js";
import * as Y from "yjs";
import { announce } from "../app/announcer.ts";
import { openCoeditDoc } from "../cowriting/coedit-doc.ts";
import { t } from "../i18n/i18n.ts";
import { PlanEditor } from "./PlanEditor.tsx";
import { PlanView } from "./PlanView.tsx";
import { readDate, readTask } from "./plan-model.ts";
import "../cowriting/cowriting.css";
import "./messages.ts";

export interface PlanProps {
  projectId: string;
  /** Team member or manager: may write `project:<id>`. */
  canEdit: boolean;
  me: { id: string; name: string } | undefined;
}

/** The co-edited plan of a project: goal, needs, tasks and dates, live for everyone. */
export default function ProjectPlan(props: PlanProps) {
  const [round, setRound] = createSignal(0);
  return (
    <Show when={round() + 1} keyed>
      {(_r) => <LivePlan {...props} onReset={() => setRound((n) => n + 1)} />}
    </Show>
  );
}

function LivePlan(props: PlanProps & { onReset: () => void }) {
  const live = openCoeditDoc(docName("project", props.projectId), {
    write: props.canEdit,
    onReset: props.onReset,
  });
  const doc = live.doc;
  const goal = doc.getText(PROJECT_GOAL);
  const needs = doc.getText(PROJECT_NEEDS);
  const tasks = doc.getArray<Y.Map<unknown>>(PROJECT_TASKS);
  const dates = doc.getArray<Y.Map<unknown>>(PROJECT_DATES);
  const [goalText, setGoalText] = createSignal("");
  const [needsText, setNeedsText] = createSignal("");
  const [taskList, setTaskList] = createSignal<ProjectTask[]>([]);
  const [dateList, setDateList] = createSignal<ProjectDate[]>([]);

  const read = () => {
    setGoalText(goal.toString());
    setNeedsText(needs.toString());
    setTaskList(
      tasks
        .toArray()
        .filter((m) => m instanceof Y.Map)
        .map(readTask),
    );
    setDateList(
      dates
        .toArray()
        .filter((m) => m instanceof Y.Map)
        .map(readDate)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    );
  };

  // What others change is announced politely; one's own changes are not.
  const onTasks = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
    read();
    if (tr.local || !live.ready()) return;
    for (const event of events) {
      if (event.target === tasks) {
        for (const item of event.changes.added) {
          for (const m of item.content.getContent()) {
            if (m instanceof Y.Map) announce(t("plan.taskAdded", { title: readTask(m).title }));
          }
        }
      } else if (event instanceof Y.YMapEvent && event.keysChanged.has("done")) {
        const task = readTask(event.target as Y.Map<unknown>);
        announce(t(task.done ? "plan.taskDoneBy" : "plan.taskOpenAgain", { title: task.title }));
      } else if (event instanceof Y.YMapEvent && event.keysChanged.has("takenBy")) {
        const task = readTask(event.target as Y.Map<unknown>);
        if (task.takenBy) announce(t("plan.taskTakenBy", { title: task.title, name: task.takenBy.name }));
      }
    }
  };
  goal.observe(read);
  needs.observe(read);
  tasks.observeDeep(onTasks);
  dates.observeDeep(read);
  onCleanup(() => {
    goal.unobserve(read);
    needs.unobserve(read);
    tasks.unobserveDeep(onTasks);
    dates.unobserveDeep(read);
  });
  createEffect(on(live.ready, read));

  return (
    <section class="plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t("plan.heading")}</h2>
      <Show when={live.ready()} fallback={<p class="loading">{t("app.loading")}</p>}>
        <Show
          when={props.canEdit && !live.ended()}
          fallback={<PlanView goal={goalText()} needs={needsText()} tasks={taskList()} dates={dateList()} />}
        >
          <PlanEditor
            live={live}
            goal={goal}
            needs={needs}
            tasks={tasks}
            dates={dates}
            taskList={taskList()}
            dateList={dateList()}
            me={props.me}
          />
        </Show>
      </Show>
    </section>
  );
}
