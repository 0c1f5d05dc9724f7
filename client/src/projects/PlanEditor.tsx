import type { ProjectDate, ProjectTask } from "@quer/shared/projects/doc";
import { createSignal, For, onCleanup, Show } from "solid-js";
import * as Y from "yjs";
import { announce } from "../app/announcer.ts";
import { FieldError, type FieldErrors, fieldAria, required } from "../app/forms.tsx";
import { LOCAL, type openCoeditDoc } from "../cowriting/coedit-doc.ts";
import { HistoryButtons, SaveStatus, useBinding } from "../cowriting/EditorParts.tsx";
import { PresenceList } from "../cowriting/PresenceList.tsx";
import { createPresence } from "../cowriting/presence.ts";
import { personalUndo } from "../cowriting/text-binding.ts";
import { t } from "../i18n/i18n.ts";
import { DateList } from "./PlanDates.tsx";
import { newId } from "./plan-model.ts";
import "./messages.ts";

export function PlanEditor(props: {
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
  const present = createPresence(awareness, props.me?.id);
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
      <PresenceList present={present} fields={{ goal: t("plan.goal"), needs: t("plan.needs") }} />
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
