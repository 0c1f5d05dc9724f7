import type { Idea } from "@quer/shared";
import { createEffect, createMemo, createResource, createSignal, For, on, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { formErrorText } from "../app/forms.tsx";
import { fetchBoards } from "../boards/board-api.ts";
import { t, tn } from "../i18n/i18n.ts";
import { ModerationPage } from "./ModerationPage.tsx";
import { hideIdea, restoreIdea } from "./moderation-api.ts";
import { PendingCard } from "./PendingCard.tsx";
import type { Handled } from "./queue-actions.ts";
import { queue, queueFailed, refreshQueue, watchQueue } from "./queue-state.ts";
import { ReportCard } from "./ReportCard.tsx";
import "./messages.ts";
import { EmptyState } from "../look/EmptyState.tsx";

export default function QueuePage() {
  return (
    <ModerationPage title={t("moderation.queue.title")}>
      <QueueDesk />
    </ModerationPage>
  );
}

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
          <Show
            when={pending().length > 0}
            fallback={<EmptyState pictogram="tray" text={t("moderation.queue.pendingEmpty")} />}
          >
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
