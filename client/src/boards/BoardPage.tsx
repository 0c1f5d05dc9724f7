import type { BoardDocIdea, IdeaKind, IdeaSort } from "@quer/shared";
import { BOARD_FIRST_PAGE } from "@quer/shared/boards/first-page";
import { filterIdeas, ideaKinds, ideaSorts, sortIdeas } from "@quer/shared/ideas/rules";
import { A, useParams, useSearchParams } from "@solidjs/router";
import { createMemo, createSignal, For, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { keepFocus } from "../app/keep-focus.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { isManager, loginHref, user } from "../auth/session.ts";
import { t, tn } from "../i18n/i18n.ts";
import { BoardControls, type ListView } from "../ideas/BoardControls.tsx";
import { type CardIdea, cardFromDoc, cardFromIdea, isPrivate } from "../ideas/card-idea.ts";
import { IdeaCard } from "../ideas/IdeaCard.tsx";
import { FundNote } from "../projects/FundNote.tsx";
import { openLiveBoard } from "../sync/live-board.ts";
import { createVotes } from "../votes/vote-state.ts";
import { fetchBoard } from "./board-api.ts";

const PAGE = BOARD_FIRST_PAGE;

export default function BoardPage() {
  const params = useParams<{ id: string }>();
  // A new id is a new board: new socket, new state.
  return (
    <Show when={params.id} keyed>
      {(id) => <BoardView id={id} />}
    </Show>
  );
}

function pick<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function BoardView(props: { id: string }) {
  const votes = createVotes();

  const announceNew = (idea: BoardDocIdea) =>
    announce(t(idea.kind === "problem" ? "board.newProblem" : "board.newIdea", { title: idea.title }));
  const live = openLiveBoard(props.id, {
    onNew: announceNew,
    onChange: (apply) =>
      keepFocus(() => {
        apply();
        votes.documentChanged();
      }),
  });

  const { data: answer, failure } = loadForUser(() => fetchBoard(props.id, { first: PAGE }), {
    onData: (a) => votes.seed(a.ideas),
    // Missing or not visible: no point in keeping a socket that will be refused.
    onFailure: (error) => {
      if (error.code !== "network") live.close();
    },
  });

  const cards = createMemo(() => {
    const map = new Map<string, CardIdea>();
    const http = answer()?.ideas ?? [];
    // Until the live document is complete, the HTTP answer is the fuller picture.
    if (!live.synced()) for (const idea of http) if (!isPrivate(idea)) map.set(idea.id, cardFromIdea(idea));
    for (const entry of live.ideas().values()) map.set(entry.id, cardFromDoc(entry));
    for (const idea of http) if (isPrivate(idea) && !map.has(idea.id)) map.set(idea.id, cardFromIdea(idea));
    return map;
  });

  const [search, setSearch] = useSearchParams();
  const view = (): ListView => ({
    sort: pick<IdeaSort>(ideaSorts, search.sort) ?? "votes",
    kind: pick<IdeaKind>(ideaKinds, search.kind),
    category: typeof search.category === "string" && search.category ? search.category : undefined,
  });
  const changeView = (next: Partial<ListView>) => {
    const merged = { ...view(), ...next };
    setSearch(
      {
        sort: merged.sort === "votes" ? undefined : merged.sort,
        kind: merged.kind,
        category: merged.category,
      },
      { replace: true },
    );
  };

  // A board of thousands renders in pages: the first cards appear at once on a slow
  // phone and the page stays responsive; the rest follow on request.
  const [limit, setLimit] = createSignal(PAGE);
  let moreButton: HTMLButtonElement | undefined;
  const showMore = () => {
    const firstNew = limit();
    setLimit(firstNew + PAGE * 2);
    // Keep keyboard users in place: the first newly shown card takes the focus.
    const next = document.querySelectorAll<HTMLElement>(".idea-list > li")[firstNew];
    next?.querySelector<HTMLElement>("a, button")?.focus();
    if (!next) moreButton?.focus();
  };

  // For keys cards by id string, so a changed tally updates a card in place.
  const shownIds = createMemo(() => {
    const v = view();
    return sortIdeas(filterIdeas([...cards().values()], { kind: v.kind, category: v.category }), v.sort).map(
      (c) => c.id,
    );
  });

  const board = () => answer()?.board;
  const title = () => live.meta().title ?? board()?.title ?? "";
  const description = () => live.meta().description ?? board()?.description ?? "";
  const categories = () => live.meta().categories ?? board()?.categories ?? [];
  const votingKind = () => live.meta().votingKind ?? board()?.voting.kind ?? "up";
  const postingOpen = () => live.meta().postingOpen ?? board()?.postingOpen ?? true;
  const newPath = () => `/boards/${props.id}/new`;

  return (
    <PageLoad
      data={board()}
      failure={failure()}
      errorTitle={t("board.loadError")}
      back={{ href: "/", label: t("app.toBoards") }}
    >
      <div class="board-head">
        <PageHeading text={title()} />
        <Show when={description()}>
          <p class="board-description">{description()}</p>
        </Show>
        <FundNote fund={answer()?.fund} />
        <Show when={board()?.mode === "workshop"}>
          <p class="form-actions">
            <A href={`/workshop/${props.id}`}>{t("ws.board.toWorkshop")}</A>
            <Show when={isManager()}>
              <A href={`/facilitate/${props.id}`}>{t("ws.board.facilitate")}</A>
            </Show>
          </p>
        </Show>
        <Show when={postingOpen()} fallback={<p>{t("board.postingClosed")}</p>}>
          <Show when={user() !== undefined}>
            <Show
              when={user()}
              fallback={
                <A class="button" href={loginHref(newPath())}>
                  {t("board.shareSignIn")}
                </A>
              }
            >
              <A class="button button-primary" href={newPath()}>
                {t("board.share")}
              </A>
            </Show>
          </Show>
        </Show>
      </div>
      <BoardControls view={view()} categories={categories()} onChange={changeView} />
      <section aria-labelledby="ideas-heading" class="ideas">
        <h2 id="ideas-heading">
          {t("board.ideas")} <span class="count">({tn("board.count", shownIds().length)})</span>
        </h2>
        <Show
          when={shownIds().length > 0}
          fallback={<p>{cards().size === 0 ? t("board.empty") : t("board.emptyFiltered")}</p>}
        >
          <ul class="idea-list">
            <For each={shownIds().slice(0, limit())}>
              {(id) => (
                <Show when={cards().get(id)}>
                  {(idea) => (
                    <li>
                      <IdeaCard idea={idea()} votes={votes} votingKind={votingKind()} />
                    </li>
                  )}
                </Show>
              )}
            </For>
          </ul>
          <Show when={shownIds().length > limit()}>
            <button type="button" class="button" ref={moreButton} onClick={showMore}>
              {t("board.showMore", { n: shownIds().length - limit() })}
            </button>
          </Show>
        </Show>
      </section>
    </PageLoad>
  );
}
