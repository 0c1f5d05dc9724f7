import type { ReportSummary } from "@quer/shared";
import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import { t, tn } from "../i18n/i18n.ts";
import { fetchIdea } from "../ideas/idea-api.ts";
import { dismissReport, hideComment, restoreComment } from "./moderation-api.ts";
import type { Act, HideIdea } from "./queue-actions.ts";
import { ReasonAction } from "./ReasonAction.tsx";
import "./messages.ts";

export function ReportCard(props: { report: ReportSummary; act: Act; hideIdea: HideIdea }) {
  // Target, idea and comment never change for one card; count and reasons may.
  const r = { target: props.report.target, ideaId: props.report.ideaId, commentId: props.report.commentId };
  const safeId = r.target.replace(/[^a-z0-9]/gi, "-");
  const titleId = `report-${safeId}-title`;
  // The idea itself is needed only to hide it; what was reported comes with the report.
  const [idea] = createResource(() => (r.commentId ? undefined : r.ideaId), fetchIdea);
  const reported = () => props.report.reported;
  const ideaTitle = () => reported().ideaTitle || t("moderation.unknownIdea");
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
          <Show when={reported().hidden}> · {t("moderation.report.alreadyHidden")}</Show>
        </p>
        <Show when={!reported().gone} fallback={<p>{t("moderation.report.commentGone")}</p>}>
          <blockquote class="desk-quote">
            <Show
              when={reported().excerpt}
              fallback={<p class="desk-meta">{t("moderation.report.noText")}</p>}
            >
              <p class="desk-text">{reported().excerpt}</p>
            </Show>
            <footer>{t("idea.by", { name: reported().authorName })}</footer>
          </blockquote>
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
