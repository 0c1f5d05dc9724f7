import type { Idea } from "@quer/shared";
import { createResource, createSignal, For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { FormAlert, formErrorText } from "../app/forms.tsx";
import { may } from "../auth/may.ts";
import { user } from "../auth/session.ts";
import { fetchBoard } from "../boards/board-api.ts";
import { t, tn } from "../i18n/i18n.ts";
import { EditIdeaAction, LockCommentsButton } from "./EditIdeaAction.tsx";
import {
  approveIdea,
  hideIdea,
  type ModeratedIdea,
  mergeIdea,
  reportIdea,
  restoreIdea,
  unmergeIdea,
} from "./moderation-api.ts";
import { ReasonAction } from "./ReasonAction.tsx";
import { StatusForm } from "./StatusForm.tsx";
import "./messages.ts";

/** What the author reads about their own post: what moderation did and why. */
export function privateNoteOf(idea: Idea): string | undefined {
  if (idea.hidden) {
    return idea.own
      ? t("moderation.own.hidden", { reason: idea.hidden.reason })
      : t("idea.hidden", { reason: idea.hidden.reason });
  }
  if (idea.moderation === "pending") return idea.own ? t("moderation.own.pending") : t("idea.pending");
  return undefined;
}

/** The manager's tools on the idea page: answer, moderate, merge duplicates. */
export function IdeaManagerTools(props: { idea: ModeratedIdea; onChange: () => void }) {
  const [failure, setFailure] = createSignal<string>();
  const describedBy = "idea-title";

  async function run(action: () => Promise<unknown>, done: string) {
    setFailure(undefined);
    try {
      await action();
      announce(done);
      props.onChange();
    } catch (error) {
      setFailure(formErrorText(error));
    }
  }

  return (
    <Show when={may("moderation.desk", null)}>
      <section aria-labelledby="desk-heading" class="idea-desk">
        <h2 id="desk-heading">{t("moderation.idea.heading")}</h2>
        <StatusForm idea={props.idea} onDone={props.onChange} />

        <h3>{t("moderation.idea.post")}</h3>
        <FormAlert message={failure()} />
        <div class="desk-actions">
          <Show when={props.idea.moderation === "pending"}>
            <button
              type="button"
              class="button button-primary"
              aria-describedby={describedBy}
              onClick={() =>
                run(
                  () => approveIdea(props.idea.id),
                  t("moderation.done.approved", { title: props.idea.title }),
                )
              }
            >
              {t("moderation.approve")}
            </button>
          </Show>
          <Show
            when={props.idea.hidden}
            fallback={
              <ReasonAction
                id="idea-hide"
                button={t("moderation.hide")}
                describedBy={describedBy}
                label={t("moderation.hideReason")}
                hint={t("moderation.hideReason.hint")}
                submit={t("moderation.hideSubmit")}
                onSubmit={async (reason) => {
                  await hideIdea(props.idea.id, reason);
                  announce(t("moderation.done.hidden", { title: props.idea.title }));
                  props.onChange();
                }}
              />
            }
          >
            <button
              type="button"
              class="button"
              aria-describedby={describedBy}
              onClick={() =>
                run(
                  () => restoreIdea(props.idea.id),
                  t("moderation.done.restored", { title: props.idea.title }),
                )
              }
            >
              {t("moderation.restore")}
            </button>
          </Show>
          <EditIdeaAction
            id="idea-edit"
            idea={props.idea}
            describedBy={describedBy}
            onDone={(changed) => {
              announce(t("moderation.done.edited", { title: changed.title }));
              props.onChange();
            }}
          />
          <LockCommentsButton
            idea={props.idea}
            describedBy={describedBy}
            onDone={(changed) => {
              announce(changed.commentsLocked ? t("moderation.done.locked") : t("moderation.done.unlocked"));
              props.onChange();
            }}
            onError={(error) => setFailure(formErrorText(error))}
          />
        </div>

        <MergeTools idea={props.idea} onChange={props.onChange} />
      </section>
    </Show>
  );
}

function MergeTools(props: { idea: Idea; onChange: () => void }) {
  const [board] = createResource(
    () => (props.idea.mergedInto ? undefined : props.idea.boardId),
    (id) => fetchBoard(id),
  );
  const others = () =>
    ((board.error ? undefined : board.latest)?.ideas ?? []).filter(
      (i) => i.id !== props.idea.id && !i.mergedInto,
    );
  const [alert, setAlert] = createSignal<string>();
  const [busy, setBusy] = createSignal(false);
  let select: HTMLSelectElement | undefined;

  async function merge(e: SubmitEvent) {
    e.preventDefault();
    const into = select?.value;
    if (busy() || !into) return;
    setBusy(true);
    setAlert(undefined);
    try {
      const result = await mergeIdea(props.idea.id, into);
      announce(
        `${t("moderation.merge.done", { title: result.into.title })} ${tn("moderation.merge.votesMoved", result.moved.votes)}`,
      );
      props.onChange();
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  }

  async function unmerge() {
    if (busy()) return;
    setBusy(true);
    setAlert(undefined);
    try {
      await unmergeIdea(props.idea.id);
      announce(t("moderation.merge.undone"));
      props.onChange();
    } catch (error) {
      setAlert(formErrorText(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3 id="merge-heading">{t("moderation.merge.heading")}</h3>
      <FormAlert message={alert()} />
      <Show
        when={props.idea.mergedInto}
        fallback={
          <Show when={others().length > 0} fallback={<p>{t("moderation.merge.none")}</p>}>
            <form class="form" onSubmit={merge} aria-labelledby="merge-heading">
              <div class="field">
                <label for="merge-into">{t("moderation.merge.into")}</label>
                <p id="merge-into-hint" class="hint">
                  {t("moderation.merge.hint")}
                </p>
                <select ref={select} id="merge-into" name="into" aria-describedby="merge-into-hint">
                  <For each={others()}>{(i) => <option value={i.id}>{i.title}</option>}</For>
                </select>
              </div>
              <button type="submit" class="button" aria-disabled={busy()}>
                {t("moderation.merge.submit")}
              </button>
            </form>
          </Show>
        }
      >
        <button type="button" class="button" aria-disabled={busy()} onClick={unmerge}>
          {t("moderation.merge.undo")}
        </button>
      </Show>
    </>
  );
}

/** Any signed-in person can tell the office about a post that breaks the rules. */
export function ReportIdea(props: { idea: Idea }) {
  const [sent, setSent] = createSignal(false);
  return (
    <Show when={user() && !may("moderation.desk", null) && !props.idea.own && !props.idea.hidden}>
      <div class="report">
        <Show
          when={!sent()}
          fallback={
            <p class="report-sent" tabIndex={-1} id="report-sent">
              {t("moderation.report.sent")}
            </p>
          }
        >
          <ReasonAction
            id="idea-report"
            button={t("moderation.report.button")}
            describedBy="idea-title"
            label={t("moderation.report.reason")}
            hint={t("moderation.report.hint")}
            submit={t("moderation.report.submit")}
            onSubmit={async (reason) => {
              await reportIdea(props.idea.id, reason);
              announce(t("moderation.report.sent"));
              setSent(true);
              queueMicrotask(() => document.getElementById("report-sent")?.focus());
            }}
          />
        </Show>
      </div>
    </Show>
  );
}
