import type { Idea } from "@quer/shared";
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { formErrorText } from "../app/forms.tsx";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { kindLabel } from "../ideas/labels.ts";
import { EditIdeaAction, LockCommentsButton } from "./EditIdeaAction.tsx";
import { approveIdea, type ModeratedIdea } from "./moderation-api.ts";
import type { Act, HideIdea } from "./queue-actions.ts";
import { refreshQueue } from "./queue-state.ts";
import { ReasonAction } from "./ReasonAction.tsx";
import "./messages.ts";

export function PendingCard(props: {
  idea: Idea;
  act: Act;
  hideIdea: HideIdea;
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
