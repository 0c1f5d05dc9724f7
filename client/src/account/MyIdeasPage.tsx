import type { IdeaStatus } from "@quer/shared";
import { A } from "@solidjs/router";
import type { InferResponseType } from "hono/client";
import { For, Match, Show, Switch } from "solid-js";
import { call, server } from "../api/client.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { loginHref, user } from "../auth/session.ts";
import { formatDateTime, formatWhen } from "../i18n/format.ts";
import { t } from "../i18n/i18n.ts";
import { IdeaMeta } from "../ideas/IdeaMeta.tsx";
import { statusLabel } from "../ideas/labels.ts";
import "./messages.ts";

type MyIdeas = InferResponseType<typeof server.me.ideas.$get, 200>;
type Entry = MyIdeas["ideas"][number];

/** "Meine Beiträge": what I posted or write with others, where it stands, what the office said. */
export default function MyIdeasPage() {
  return (
    <Switch>
      <Match when={user() === undefined}>
        <p class="loading">{t("app.loading")}</p>
      </Match>
      <Match when={user() === null}>
        <PageHeading text={t("myIdeas.title")} />
        <p>{t("myIdeas.signIn")}</p>
        <p>
          <A href={loginHref("/my-ideas")}>{t("nav.login")}</A>
        </p>
      </Match>
      <Match when={user()}>
        <MyIdeasList />
      </Match>
    </Switch>
  );
}

function MyIdeasList() {
  const { data, failure } = loadForUser(() => call(server.me.ideas.$get()));
  return (
    <PageLoad data={data()} failure={failure()} errorTitle={t("myIdeas.loadError")}>
      {(answer) => (
        <>
          <PageHeading text={t("myIdeas.title")} />
          <p class="lead">{t("myIdeas.intro")}</p>
          <Show when={answer().ideas.length > 0} fallback={<EmptyList />}>
            <ul class="idea-list my-ideas">
              <For each={answer().ideas}>
                {(entry) => (
                  <li>
                    <MyIdeaCard entry={entry} />
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </>
      )}
    </PageLoad>
  );
}

function EmptyList() {
  return (
    <>
      <p>{t("myIdeas.empty")}</p>
      <p>
        <A href="/">{t("myIdeas.toTopics")}</A>
      </p>
    </>
  );
}

function MyIdeaCard(props: { entry: Entry }) {
  const idea = () => props.entry.idea;
  const titleId = () => `my-idea-${idea().id}`;
  const state = () =>
    idea().hidden
      ? t("idea.hidden", { reason: idea().hidden?.reason ?? "" })
      : idea().moderation === "pending"
        ? t("myIdeas.pending")
        : null;
  return (
    <article class="idea-card" classList={{ "is-private": state() !== null }} aria-labelledby={titleId()}>
      <h2 id={titleId()} class="idea-title">
        <A href={`/ideas/${idea().id}`}>{idea().title}</A>
      </h2>
      <p class="my-idea-where">
        {t("myIdeas.topic")} <A href={`/boards/${idea().boardId}`}>{props.entry.boardTitle}</A>
        <Show when={props.entry.role === "coauthor"}> · {t("myIdeas.coauthor")}</Show>
      </p>
      <Show when={state()}>{(note) => <p class="private-note">{note()}</p>}</Show>
      <IdeaMeta
        kind={idea().kind}
        status={idea().status as IdeaStatus}
        category={idea().category}
        authorName={idea().authorName}
        coauthors={idea().coauthorNames}
        createdAt={idea().createdAt}
      />
      <Show
        when={props.entry.latestAnswer}
        fallback={
          <Show when={!state()}>
            <p class="my-idea-answer">{t("myIdeas.noAnswerYet")}</p>
          </Show>
        }
      >
        {(answer) => (
          <div class="my-idea-answer">
            <p>
              {t("myIdeas.answer", { status: statusLabel(answer().status as IdeaStatus) })}{" "}
              <time datetime={answer().at} title={formatDateTime(answer().at)}>
                ({formatWhen(answer().at)})
              </time>
            </p>
            <Show when={answer().reason}>{(reason) => <p>{t("idea.reason", { reason: reason() })}</p>}</Show>
          </div>
        )}
      </Show>
    </article>
  );
}
