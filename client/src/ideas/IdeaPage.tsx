import { A, useParams } from "@solidjs/router";
import { createEffect, createResource, For, Match, on, Show, Switch } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { user } from "../auth/session.ts";
import { fetchBoard } from "../boards/board-api.ts";
import { formatDateTime } from "../i18n/format.ts";
import { t, tn } from "../i18n/i18n.ts";
import { VoteButton } from "../votes/VoteButton.tsx";
import { createVotes } from "../votes/vote-state.ts";
import { IdeaMeta } from "./IdeaMeta.tsx";
import { fetchIdea } from "./idea-api.ts";
import { statusLabel } from "./labels.ts";

export default function IdeaPage() {
  const params = useParams<{ id: string }>();
  // Signing in or out changes `mine` and what this person may see.
  const source = () => (user() === undefined ? false : { id: params.id, who: user()?.id ?? "" });
  const [idea] = createResource(source, ({ id }) => fetchIdea(id));
  // Reading a failed resource throws; failures show through `idea.error`.
  const current = () => (idea.error ? undefined : idea.latest);
  // The board says how votes are cast (one up-vote or dots).
  const [board] = createResource(() => current()?.boardId, fetchBoard);
  const votingKind = () => (board.error ? undefined : board.latest)?.board.voting.kind ?? "up";
  const votes = createVotes();
  createEffect(on(current, (i) => i && votes.seed([i])));

  return (
    <Switch fallback={<p class="loading">{t("app.loading")}</p>}>
      <Match when={idea.error}>
        <PageHeading text={t("idea.loadError")} />
        <p>{errorText(idea.error as ApiError)}</p>
        <p>
          <A href="/">{t("app.toBoards")}</A>
        </p>
      </Match>
      <Match when={current()}>
        {(i) => (
          <article class="idea-page" aria-labelledby="idea-title">
            <p>
              <A href={`/boards/${i().boardId}`}>
                <span aria-hidden="true">← </span>
                {t("idea.back")}
              </A>
            </p>
            <PageHeading id="idea-title" text={i().title} />
            <Show when={i().moderation === "pending"}>
              <p class="private-note">{t("idea.pending")}</p>
            </Show>
            <Show when={i().hidden}>
              {(h) => <p class="private-note">{t("idea.hidden", { reason: h().reason })}</p>}
            </Show>
            <IdeaMeta
              kind={i().kind}
              status={i().status}
              category={i().category}
              authorName={i().authorName}
              createdAt={i().createdAt}
            />
            <div class="idea-body">
              <Show when={i().body} fallback={<p>{t("idea.noBody")}</p>}>
                <p>{i().body}</p>
              </Show>
            </div>
            <Show when={i().statusReason}>{(r) => <p>{t("idea.reason", { reason: r() })}</p>}</Show>
            <Show when={i().statusContact}>{(c) => <p>{t("idea.contact", { office: c().office })}</p>}</Show>
            <div class="idea-footer">
              <VoteButton
                votes={votes.votesOf(i().id, i().votes)}
                pressed={votes.isMine(i().id)}
                describedBy="idea-title"
                canVote={!i().moderation && !i().hidden}
                onToggle={() => votes.toggle(i().id, votingKind(), i().votes)}
              />
              <Show when={i().comments > 0}>
                <p>{tn("idea.comments", i().comments)}</p>
              </Show>
            </div>
            <Show when={(i().statusHistory?.length ?? 0) > 0}>
              <section aria-labelledby="history-heading">
                <h2 id="history-heading">{t("idea.history")}</h2>
                <ol class="history">
                  <For each={i().statusHistory}>
                    {(step) => (
                      <li>
                        <time datetime={step.at}>{formatDateTime(step.at)}</time>: {statusLabel(step.status)}
                        <Show when={step.reason}>{(r) => <> – {r()}</>}</Show>
                      </li>
                    )}
                  </For>
                </ol>
              </section>
            </Show>
          </article>
        )}
      </Match>
    </Switch>
  );
}
