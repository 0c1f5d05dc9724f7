import type { Comment, Idea, ReportSummary } from "@quer/shared";
import { A } from "@solidjs/router";
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from "solid-js";
import { api } from "../api/client.ts";
import { announce } from "../app/announcer.ts";
import { formErrorText } from "../app/forms.tsx";
import { fetchBoards } from "../boards/board-api.ts";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t, tn } from "../i18n/i18n.ts";
import { fetchIdea } from "../ideas/idea-api.ts";
import { kindLabel } from "../ideas/labels.ts";
import { EditIdeaAction, LockCommentsButton } from "./EditIdeaAction.tsx";
import { ModerationPage } from "./ModerationPage.tsx";
import {
  approveIdea,
  dismissReport,
  hideComment,
  hideIdea,
  type ModeratedIdea,
  restoreComment,
  restoreIdea,
} from "./moderation-api.ts";
import { queue, queueFailed, refreshQueue, watchQueue } from "./queue-state.ts";
import { ReasonAction } from "./ReasonAction.tsx";

/** Something done on this page, kept in a list so it can be undone. */
interface Handled {
  key: string;
  text: string;
  undo?: { label: string; run: () => Promise<unknown>; done: string };
}

export default function QueuePage() {
  return (
    <ModerationPage title={t("moderation.queue.title")}>
      <QueueDesk />
    </ModerationPage>
  );
}

type Act = (run: () => Promise<unknown>, item: Handled) => Promise<void>;

function QueueDesk() {
  watchQueue();
  const [boards] = createResource(fetchBoards);
  const boardTitle = (id: string) =>
    (boards.error ? undefined : boards.latest)?.find((b) => b.id === id)?.title;
  const [handled, setHandled] = createSignal<Handled[]>([]);
  const [failure, setFailure] = createSignal<string>();

  // New items arriving while the page is open are announced, politely.
  let known: Set<string> | undefined;
  createEffect(
    on(queue, (q) => {
      if (!q) return;
      const now = new Set([
        ...q.pending.map((i) => `idea:${i.id}`),
        ...q.reports.map((r) => `report:${r.target}`),
      ]);
      if (known) {
        const fresh = q.pending.filter((i) => !known?.has(`idea:${i.id}`));
        const freshReports = q.reports.filter((r) => !known?.has(`report:${r.target}`));
        if (fresh.length === 1 && fresh[0])
          announce(t("moderation.queue.newPending", { title: fresh[0].title }));
        else if (fresh.length > 1) announce(tn("moderation.queue.newPendingMany", fresh.length));
        if (freshReports.length > 0) announce(tn("moderation.queue.newReports", freshReports.length));
      }
      known = now;
    }),
  );

  /** Runs an action, records it, refreshes the queue, and says what happened. */
  async function act(run: () => Promise<unknown>, item: Handled) {
    setFailure(undefined);
    try {
      await run();
    } catch (error) {
      setFailure(formErrorText(error));
      throw error;
    }
    setHandled((list) => [item, ...list.filter((h) => h.key !== item.key)].slice(0, 20));
    announce(item.text);
    await refreshQueue();
    // The item is gone from the list; continue at the list of what was done.
    queueMicrotask(() => document.getElementById("handled-heading")?.focus());
  }

  const hideAction = (idea: Idea) => (reason: string) =>
    act(() => hideIdea(idea.id, reason), {
      key: `idea:${idea.id}`,
      text: t("moderation.done.hidden", { title: idea.title }),
      undo: {
        label: t("moderation.restore"),
        run: () => restoreIdea(idea.id),
        done: t("moderation.done.restored", { title: idea.title }),
      },
    });

  const pending = () => queue()?.pending ?? [];
  const reports = () => queue()?.reports ?? [];
  // Lists keyed by id strings: a refresh updates items in place, so focus and open forms stay.
  const pendingById = createMemo(() => new Map(pending().map((i) => [i.id, i])));
  const pendingIds = createMemo(() => pending().map((i) => i.id));
  const reportByTarget = createMemo(() => new Map(reports().map((r) => [r.target, r])));
  const reportTargets = createMemo(() => reports().map((r) => r.target));

  return (
    <>
      <div role="alert" class="form-alert-slot">
        <Show when={failure()}>
          <p class="form-alert">{failure()}</p>
        </Show>
      </div>
      <Show when={queueFailed() && !queue()}>
        <p>{t("moderation.queue.loadError")}</p>
      </Show>
      <Show
        when={queue()}
        fallback={
          <Show when={!queueFailed()}>
            <p class="loading">{t("app.loading")}</p>
          </Show>
        }
      >
        <section aria-labelledby="pending-heading" class="desk-section">
          <h2 id="pending-heading">
            {t("moderation.queue.pending")} <span class="count">({pending().length})</span>
          </h2>
          <Show when={pending().length > 0} fallback={<p>{t("moderation.queue.pendingEmpty")}</p>}>
            <ul class="desk-list">
              <For each={pendingIds()}>
                {(id) => (
                  <Show when={pendingById().get(id)}>
                    {(current) => (
                      <PendingCard
                        idea={current()}
                        act={act}
                        hideIdea={hideAction}
                        onFail={setFailure}
                        boardTitle={boardTitle}
                      />
                    )}
                  </Show>
                )}
              </For>
            </ul>
          </Show>
        </section>

        <section aria-labelledby="reports-heading" class="desk-section">
          <h2 id="reports-heading">
            {t("moderation.queue.reports")} <span class="count">({reports().length})</span>
          </h2>
          <Show when={reports().length > 0} fallback={<p>{t("moderation.queue.reportsEmpty")}</p>}>
            <ul class="desk-list">
              <For each={reportTargets()}>
                {(target) => (
                  <Show when={reportByTarget().get(target)}>
                    {(report) => <ReportCard report={report()} act={act} hideIdea={hideAction} />}
                  </Show>
                )}
              </For>
            </ul>
          </Show>
        </section>
      </Show>

      <section aria-labelledby="handled-heading" class="desk-section">
        <h2 id="handled-heading" tabIndex={-1}>
          {t("moderation.queue.handled")}
        </h2>
        <Show when={handled().length > 0} fallback={<p>{t("moderation.queue.handledEmpty")}</p>}>
          <ul class="handled-list">
            <For each={handled()}>
              {(item) => (
                <li>
                  <span>{item.text}</span>
                  <Show when={item.undo}>
                    {(undo) => (
                      <button
                        type="button"
                        class="button"
                        aria-label={`${undo().label}: ${item.text}`}
                        onClick={() =>
                          act(undo().run, { key: item.key, text: undo().done }).catch(() => undefined)
                        }
                      >
                        {undo().label}
                      </button>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </section>
    </>
  );
}

function PendingCard(props: {
  idea: Idea;
  act: Act;
  hideIdea: (idea: Idea) => (reason: string) => Promise<void>;
  onFail: (text: string) => void;
  boardTitle: (id: string) => string | undefined;
}) {
  const idea = () => props.idea;
  const titleId = `pending-${props.idea.id}-title`;
  return (
    <li>
      <article class="desk-card" aria-labelledby={titleId}>
        <h3 id={titleId}>
          <A href={`/ideas/${idea().id}`}>{idea().title}</A>
        </h3>
        <p class="desk-meta">
          {kindLabel(idea().kind)} · {t("idea.by", { name: idea().authorName })} ·{" "}
          <time datetime={idea().createdAt} title={formatDateTime(idea().createdAt)}>
            {formatWhen(idea().createdAt)}
          </time>
          <Show when={props.boardTitle(idea().boardId)}>{(b) => <> · {b()}</>}</Show>
        </p>
        <Show when={idea().body}>
          <p class="desk-text">{idea().body}</p>
        </Show>
        <div class="desk-actions">
          <button
            type="button"
            class="button button-primary"
            aria-describedby={titleId}
            onClick={() =>
              props
                .act(() => approveIdea(idea().id), {
                  key: `idea:${idea().id}`,
                  text: t("moderation.done.approved", { title: idea().title }),
                })
                .catch(() => undefined)
            }
          >
            {t("moderation.approve")}
          </button>
          <ReasonAction
            id={`pending-${idea().id}-hide`}
            button={t("moderation.hide")}
            describedBy={titleId}
            label={t("moderation.hideReason")}
            hint={t("moderation.hideReason.hint")}
            submit={t("moderation.hideSubmit")}
            onSubmit={(reason) => props.hideIdea(idea())(reason)}
          />
          <EditIdeaAction
            id={`pending-${idea().id}-edit`}
            idea={idea()}
            describedBy={titleId}
            onDone={(changed) => {
              announce(t("moderation.done.edited", { title: changed.title }));
              void refreshQueue();
            }}
          />
          <LockCommentsButton
            idea={idea() as ModeratedIdea}
            describedBy={titleId}
            onDone={(changed) => {
              announce(changed.commentsLocked ? t("moderation.done.locked") : t("moderation.done.unlocked"));
              void refreshQueue();
            }}
            onError={(error) => props.onFail(formErrorText(error))}
          />
        </div>
      </article>
    </li>
  );
}

function ReportCard(props: {
  report: ReportSummary;
  act: Act;
  hideIdea: (idea: Idea) => (reason: string) => Promise<void>;
}) {
  // Target, idea and comment never change for one card; count and reasons may.
  const r = { target: props.report.target, ideaId: props.report.ideaId, commentId: props.report.commentId };
  const safeId = r.target.replace(/[^a-z0-9]/gi, "-");
  const titleId = `report-${safeId}-title`;
  const [idea] = createResource(() => r.ideaId, fetchIdea);
  const [comment] = createResource(
    () => r.commentId,
    async (id) => {
      const list = await api<{ comments: Comment[] }>(
        "GET",
        `/ideas/${encodeURIComponent(r.ideaId)}/comments`,
      );
      return list.comments.find((c) => c.id === id);
    },
  );
  const ideaTitle = () => (idea.error ? undefined : idea.latest)?.title ?? t("moderation.unknownIdea");
  const dismiss = () =>
    props
      .act(() => dismissReport(r.target), {
        key: `report:${r.target}`,
        text: t("moderation.done.dismissed", { title: ideaTitle() }),
      })
      .catch(() => undefined);

  return (
    <li>
      <article class="desk-card" aria-labelledby={titleId}>
        <h3 id={titleId}>
          <Show when={r.commentId} fallback={<A href={`/ideas/${r.ideaId}`}>{ideaTitle()}</A>}>
            {t("moderation.report.commentOn")} <A href={`/ideas/${r.ideaId}`}>{ideaTitle()}</A>
          </Show>
        </h3>
        <p class="desk-meta">
          <strong>{tn("moderation.report.count", props.report.count)}</strong>
          <Show when={(idea.error ? undefined : idea.latest)?.hidden}>
            {" "}
            · {t("moderation.report.alreadyHidden")}
          </Show>
        </p>
        <Show when={r.commentId}>
          <Show
            when={comment.error ? undefined : comment.latest}
            fallback={<p>{t("moderation.report.commentGone")}</p>}
          >
            {(c) => (
              <blockquote class="desk-quote">
                <p class="desk-text">{c().body}</p>
                <footer>{t("idea.by", { name: c().authorName })}</footer>
              </blockquote>
            )}
          </Show>
        </Show>
        <h4 class="reasons-heading">{t("moderation.report.reasons")}</h4>
        <ul class="reasons">
          <For each={props.report.reasons}>{(reason) => <li>{reason}</li>}</For>
        </ul>
        <div class="desk-actions">
          <Show
            when={r.commentId}
            fallback={
              <Show when={idea.error ? undefined : idea.latest}>
                {(i) => (
                  <ReasonAction
                    id={`report-${safeId}-hide`}
                    button={t("moderation.hide")}
                    describedBy={titleId}
                    label={t("moderation.hideReason")}
                    hint={t("moderation.hideReason.hint")}
                    submit={t("moderation.hideSubmit")}
                    onSubmit={props.hideIdea(i())}
                  />
                )}
              </Show>
            }
          >
            {(commentId) => (
              <ReasonAction
                id={`report-${safeId}-hide`}
                button={t("moderation.hideComment")}
                describedBy={titleId}
                label={t("moderation.hideReason")}
                hint={t("moderation.hideReason.hint")}
                submit={t("moderation.hideSubmit")}
                onSubmit={(reason) =>
                  props.act(() => hideComment(commentId(), reason), {
                    key: r.target,
                    text: t("moderation.done.commentHidden", { title: ideaTitle() }),
                    undo: {
                      label: t("moderation.restore"),
                      run: () => restoreComment(commentId()),
                      done: t("moderation.done.commentRestored", { title: ideaTitle() }),
                    },
                  })
                }
              />
            )}
          </Show>
          <button type="button" class="button" aria-describedby={titleId} onClick={dismiss}>
            {t("moderation.dismiss")}
          </button>
        </div>
      </article>
    </li>
  );
}
