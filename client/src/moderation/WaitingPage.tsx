import { A } from "@solidjs/router";
import { createEffect, createResource, For, on, Show } from "solid-js";
import { formatDateTime } from "../i18n/format.ts";
import { t, tn } from "../i18n/i18n.ts";
import { kindLabel } from "../ideas/labels.ts";
import { deskCounts, startDesk } from "./desk-state.ts";
import { ModerationPage } from "./ModerationPage.tsx";
import { fetchWaiting, type WaitingPost } from "./moderation-api.ts";
import "./messages.ts";

/** `/moderation/waiting`: posts without the office's public answer, oldest first. */
export default function WaitingPage() {
  return (
    <ModerationPage title={t("moderation.waiting.title")}>
      <WaitingList />
    </ModerationPage>
  );
}

function WaitingList() {
  startDesk();
  const [waiting, { refetch }] = createResource(fetchWaiting);
  // Fetched again whenever the desk's version moves (a post, an answer, a hidden post…).
  createEffect(
    on(
      () => deskCounts()?.version,
      (version) => {
        if (version !== undefined) void refetch();
      },
      { defer: true },
    ),
  );
  return (
    <>
      <p class="hint">{t("moderation.waiting.intro")}</p>
      <Show when={waiting.error && !waiting.latest}>
        <p role="alert">{t("moderation.waiting.loadError")}</p>
      </Show>
      <Show
        when={waiting.latest}
        fallback={<Show when={!waiting.error}>{<p class="loading">{t("app.loading")}</p>}</Show>}
      >
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <div class="waiting-empty">
                <p class="waiting-empty-title">{t("moderation.waiting.empty")}</p>
                <p>{t("moderation.waiting.emptyHint")}</p>
              </div>
            }
          >
            <p class="waiting-count">{tn("moderation.waiting.count", list().length)}</p>
            <ol class="desk-list waiting-list">
              <For each={list()}>{(post) => <WaitingCard post={post} />}</For>
            </ol>
          </Show>
        )}
      </Show>
    </>
  );
}

function WaitingCard(props: { post: WaitingPost }) {
  const post = () => props.post;
  const titleId = `waiting-${props.post.id}-title`;
  return (
    <li>
      <article class="desk-card" aria-labelledby={titleId}>
        <h2 id={titleId} class="desk-card-title">
          <A href={`/ideas/${post().id}`}>{post().title}</A>
        </h2>
        <p class="desk-meta">
          <strong class="waiting-age">
            <time datetime={post().createdAt} title={formatDateTime(post().createdAt)}>
              {post().ageDays === 0
                ? t("moderation.waiting.today")
                : tn("moderation.waiting.since", post().ageDays)}
            </time>
          </strong>{" "}
          · {kindLabel(post().kind)} · {t("idea.by", { name: post().authorName })} · {post().boardTitle}
          <Show when={post().moderation === "pending"}> · {t("moderation.waiting.pending")}</Show>
        </p>
        <p class="desk-actions">
          <A class="button" href={`/ideas/${post().id}#desk-heading`} aria-describedby={titleId}>
            {t("moderation.waiting.answer")}
          </A>
        </p>
      </article>
    </li>
  );
}
