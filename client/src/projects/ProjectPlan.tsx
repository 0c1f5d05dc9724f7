import {
  PROJECT_DATES,
  PROJECT_GOAL,
  PROJECT_NEEDS,
  PROJECT_TASKS,
  type ProjectDate,
  type ProjectTask,
} from "@quer/shared/projects/doc";
import { docName } from "@quer/shared/sync/doc-names";
import { createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import * as Y from "yjs";
import { announce } from "../app/announcer.ts";
import { FieldError, type FieldErrors, fieldAria, required } from "../app/forms.tsx";
import { LOCAL, openCoeditDoc } from "../cowriting/coedit-doc.ts";
import { HistoryButtons, SaveStatus, useBinding, WritersList } from "../cowriting/EditorParts.tsx";
import { personalUndo } from "../cowriting/text-binding.ts";
import { t } from "../i18n/i18n.ts";
import "../cowriting/cowriting.css";

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

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("");
}

function readTask(m: Y.Map<unknown>): ProjectTask {
  const takenBy = m.get("takenBy") as ProjectTask["takenBy"] | undefined;
  return {
    id: String(m.get("id") ?? ""),
    title: String(m.get("title") ?? ""),
    done: m.get("done") === true,
    takenBy: takenBy && typeof takenBy.name === "string" ? takenBy : null,
  };
}

function readDate(m: Y.Map<unknown>): ProjectDate {
  return {
    id: String(m.get("id") ?? ""),
    label: String(m.get("label") ?? ""),
    date: String(m.get("date") ?? ""),
  };
}

function formatDay(iso: string): string {
  const at = Date.parse(`${iso}T12:00:00`);
  if (Number.isNaN(at)) return iso;
  return new Intl.DateTimeFormat(document.documentElement.lang || "de", { dateStyle: "full" }).format(at);
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
          fallback={
            <ReadOnlyPlan goal={goalText()} needs={needsText()} tasks={taskList()} dates={dateList()} />
          }
        >
          <EditablePlan
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

function ReadOnlyPlan(props: { goal: string; needs: string; tasks: ProjectTask[]; dates: ProjectDate[] }) {
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

function DateList(props: { dates: ProjectDate[]; onRemove?: (d: ProjectDate) => void }) {
  return (
    <Show when={props.dates.length > 0} fallback={<p>{t("plan.noDates")}</p>}>
      <ul class="date-list">
        <For each={props.dates}>
          {(d) => (
            <li>
              <span>
                <time datetime={d.date}>{formatDay(d.date)}</time>: {d.label}
              </span>
              <Show when={props.onRemove}>
                <button type="button" class="button button-small" onClick={() => props.onRemove?.(d)}>
                  {t("plan.remove")}
                  <span class="visually-hidden"> {d.label}</span>
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

function EditablePlan(props: {
  live: ReturnType<typeof openCoeditDoc>;
  goal: Y.Text;
  needs: Y.Text;
  tasks: Y.Array<Y.Map<unknown>>;
  dates: Y.Array<Y.Map<unknown>>;
  taskList: ProjectTask[];
  dateList: ProjectDate[];
  me: { id: string; name: string } | undefined;
}) {
  const doc = props.live.doc;
  const undo = personalUndo([props.goal, props.needs, props.tasks, props.dates], LOCAL);
  onCleanup(() => undo.destroy());
  const awareness = props.live.provider.awareness;
  const change = (fn: () => void) => doc.transact(fn, LOCAL);
  // Taking a task swaps its button for "give back": keep the keyboard on that spot.
  const refocus = (id: string) =>
    queueMicrotask(() => document.querySelector<HTMLElement>(`[data-take="${id}"]`)?.focus());
  const taskMap = (id: string) => props.tasks.toArray().find((m) => m.get("id") === id);

  const [taskErrors, setTaskErrors] = createSignal<FieldErrors>({});
  const [dateErrors, setDateErrors] = createSignal<FieldErrors>({});
  let taskInput: HTMLInputElement | undefined;
  let dateLabel: HTMLInputElement | undefined;
  let dateDay: HTMLInputElement | undefined;

  const addTask = (e: SubmitEvent) => {
    e.preventDefault();
    const title = taskInput?.value.trim() ?? "";
    const problem = required(title);
    setTaskErrors(problem ? { "task-new": problem } : {});
    if (problem) {
      taskInput?.focus();
      return;
    }
    change(() => {
      const m = new Y.Map<unknown>();
      m.set("id", newId());
      m.set("title", title.slice(0, 200));
      m.set("done", false);
      m.set("takenBy", null);
      props.tasks.push([m]);
    });
    if (taskInput) taskInput.value = "";
    announce(t("plan.taskAdded", { title }));
  };

  const removeTask = (task: ProjectTask) => {
    const index = props.tasks.toArray().findIndex((m) => m.get("id") === task.id);
    if (index < 0) return;
    change(() => props.tasks.delete(index, 1));
    announce(t("plan.taskRemoved", { title: task.title }));
    queueMicrotask(() => taskInput?.focus());
  };

  const addDate = (e: SubmitEvent) => {
    e.preventDefault();
    const label = dateLabel?.value.trim() ?? "";
    const day = dateDay?.value ?? "";
    const errors: FieldErrors = {};
    const labelProblem = required(label);
    if (labelProblem) errors["date-label"] = labelProblem;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) errors["date-day"] = { text: t("plan.dateInvalid") };
    setDateErrors(errors);
    if (Object.keys(errors).length > 0) {
      (labelProblem ? dateLabel : dateDay)?.focus();
      return;
    }
    change(() => {
      const m = new Y.Map<unknown>();
      m.set("id", newId());
      m.set("label", label.slice(0, 200));
      m.set("date", day);
      props.dates.push([m]);
    });
    if (dateLabel) dateLabel.value = "";
    if (dateDay) dateDay.value = "";
    announce(t("plan.dateAdded", { label }));
  };

  const removeDate = (d: ProjectDate) => {
    const index = props.dates.toArray().findIndex((m) => m.get("id") === d.id);
    if (index >= 0) change(() => props.dates.delete(index, 1));
    queueMicrotask(() => dateLabel?.focus());
  };

  return (
    <div class="plan-editor">
      <WritersList awareness={awareness} meId={props.me?.id} />
      <div class="field">
        <label for="plan-goal">{t("plan.goal")}</label>
        <textarea
          id="plan-goal"
          rows={4}
          ref={(el) => useBinding(el, props.goal, { origin: LOCAL, undo, awareness, field: "goal" })}
        />
      </div>
      <div class="field">
        <label for="plan-needs">{t("plan.needs")}</label>
        <textarea
          id="plan-needs"
          rows={4}
          ref={(el) => useBinding(el, props.needs, { origin: LOCAL, undo, awareness, field: "needs" })}
        />
      </div>
      <div class="cowrite-bar">
        <HistoryButtons undo={undo} />
        <SaveStatus save={props.live.save} connection={props.live.connection} />
      </div>

      <h3 id="tasks-heading">{t("plan.tasks")}</h3>
      <Show when={props.taskList.length > 0} fallback={<p>{t("plan.noTasks")}</p>}>
        <ul class="task-list" aria-labelledby="tasks-heading">
          {/* Rows keyed by task id: ticking a box keeps its row, and keyboard focus, in place. */}
          <For each={props.taskList.map((task) => task.id)}>
            {(id) => (
              <Show when={props.taskList.find((task) => task.id === id)}>
                {(task) => (
                  <li class="task" data-done={task().done}>
                    <div class="choice-item">
                      <input
                        type="checkbox"
                        id={`task-${id}`}
                        checked={task().done}
                        onChange={(e) => {
                          const done = e.currentTarget.checked;
                          change(() => taskMap(id)?.set("done", done));
                        }}
                      />
                      <label for={`task-${id}`}>{task().title}</label>
                    </div>
                    <p class="task-who">
                      {task().takenBy
                        ? t("plan.takenBy", { name: task().takenBy?.name ?? "" })
                        : t("plan.free")}
                    </p>
                    <div class="task-actions">
                      <Show when={props.me}>
                        {(me) => (
                          <Show
                            when={task().takenBy?.id === me().id}
                            fallback={
                              <Show when={!task().takenBy}>
                                <button
                                  type="button"
                                  class="button button-small"
                                  data-take={id}
                                  onClick={() => {
                                    change(() =>
                                      taskMap(id)?.set("takenBy", { id: me().id, name: me().name }),
                                    );
                                    refocus(id);
                                  }}
                                >
                                  {t("plan.take")}
                                  <span class="visually-hidden">: {task().title}</span>
                                </button>
                              </Show>
                            }
                          >
                            <button
                              type="button"
                              class="button button-small"
                              data-take={id}
                              onClick={() => {
                                change(() => taskMap(id)?.set("takenBy", null));
                                refocus(id);
                              }}
                            >
                              {t("plan.giveBack")}
                              <span class="visually-hidden">: {task().title}</span>
                            </button>
                          </Show>
                        )}
                      </Show>
                      <button type="button" class="button button-small" onClick={() => removeTask(task())}>
                        {t("plan.remove")}
                        <span class="visually-hidden"> {task().title}</span>
                      </button>
                    </div>
                  </li>
                )}
              </Show>
            )}
          </For>
        </ul>
      </Show>
      <form class="inline-form" novalidate onSubmit={addTask}>
        <div class="field">
          <label for="task-new">{t("plan.newTask")}</label>
          <input
            ref={taskInput}
            id="task-new"
            type="text"
            maxLength={200}
            {...fieldAria("task-new", taskErrors())}
          />
          <FieldError field="task-new" errors={taskErrors()} />
        </div>
        <button type="submit" class="button">
          {t("plan.addTask")}
        </button>
      </form>

      <h3>{t("plan.dates")}</h3>
      <DateList dates={props.dateList} onRemove={removeDate} />
      <form class="inline-form" novalidate onSubmit={addDate}>
        <div class="field">
          <label for="date-label">{t("plan.dateLabel")}</label>
          <input
            ref={dateLabel}
            id="date-label"
            type="text"
            maxLength={200}
            {...fieldAria("date-label", dateErrors())}
          />
          <FieldError field="date-label" errors={dateErrors()} />
        </div>
        <div class="field">
          <label for="date-day">{t("plan.dateDay")}</label>
          <input ref={dateDay} id="date-day" type="date" {...fieldAria("date-day", dateErrors())} />
          <FieldError field="date-day" errors={dateErrors()} />
        </div>
        <button type="submit" class="button">
          {t("plan.addDate")}
        </button>
      </form>
    </div>
  );
}
