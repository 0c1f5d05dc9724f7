import type { IdeaKind, IdeaSort } from "@quer/shared";
import { BOARD_FIRST_PAGE } from "@quer/shared/boards/first-page";
import type { CardIdea } from "@quer/shared/ideas/card";
import { filterIdeas, ideaKinds, ideaSorts, sortIdeas } from "@quer/shared/ideas/rules";
import type { BoardDocMeta } from "@quer/shared/sync/board-doc";
import { liveBoard } from "@quer/shared/sync/board-meta";
import { A, useLocation, useSearchParams } from "@solidjs/router";
import { type Accessor, createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { may } from "../auth/may.ts";
import { blocked, loginHref, user } from "../auth/session.ts";
import { t, tn } from "../i18n/i18n.ts";
import { BoardControls, type ListView } from "../ideas/BoardControls.tsx";
import { IdeaCard } from "../ideas/IdeaCard.tsx";
import { PostedNote, postedFrom } from "../ideas/PostedNote.tsx";
import { EmptyState } from "../look/EmptyState.tsx";
import { FundNote } from "../projects/FundNote.tsx";
import type { Votes } from "../votes/vote-state.ts";
import { AnswerTimeNote } from "./AnswerTimeNote.tsx";
import type { BoardAnswer } from "./board-api.ts";
import { LivePause } from "./LivePause.tsx";
import { liveHeld } from "./live-pause.ts";

const PAGE = BOARD_FIRST_PAGE;

/**
 * What a board page shows, wherever it comes from: the browser's page feeds it the live
 * document, the server's first render (render-board.tsx) the answer it embeds.
 */
export interface BoardSource {
  id: string;
  answer: Accessor<BoardAnswer | undefined>;
  failure: Accessor<ApiError | undefined>;
  /** The live document's board settings; they win over the answer's once known. */
  meta: Accessor<Partial<BoardDocMeta>>;
  cards: Accessor<ReadonlyMap<string, CardIdea>>;
  votes: Votes;
}

function pick<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

/** The board's heading, its controls and its cards, the first page of them at once. */
export function BoardContent(props: { source: BoardSource }) {
  const source = props.source;
  const [search, setSearch] = useSearchParams();
  // Just posted (the new-idea page says so in the history entry): that post goes first,
  // above filters and sorting, so a phone shows it without scrolling.
  const location = useLocation();
  const posted = createMemo(() => postedFrom(location.state));
  const postedCard = () => {
    const p = posted();
    return p ? source.cards().get(p.id) : undefined;
  };
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
    const firstNew = document.querySelectorAll(".ideas .idea-list > li").length;
    setLimit(limit() + PAGE * 2);
    // Keep keyboard users in place: the first newly shown card takes the focus.
    const next = document.querySelectorAll<HTMLElement>(".ideas .idea-list > li")[firstNew];
    next?.querySelector<HTMLElement>("a, button")?.focus();
    if (!next) moreButton?.focus();
  };

  const ordered = (only?: ReadonlySet<string>) => {
    const v = view();
    const cards = [...source.cards().values()].filter((c) => !only || only.has(c.id));
    return sortIdeas(filterIdeas(cards, { kind: v.kind, category: v.category }), v.sort).map((c) => c.id);
  };
  // While the live stream is held, the posts known then keep their places (tallies still
  // change on the cards); a view the person picks sorts those anew. New posts wait.
  const [frozen, setFrozen] = createSignal<{ known: ReadonlySet<string>; order: string[] }>();
  createEffect(
    on(
      [
        liveHeld,
        () => source.answer() !== undefined,
        () => search.sort,
        () => search.kind,
        () => search.category,
      ],
      ([isHeld, loaded]) => {
        if (!isHeld || !loaded) return setFrozen(undefined);
        const known = frozen()?.known ?? new Set(source.cards().keys());
        setFrozen({ known, order: ordered(known) });
      },
    ),
  );
  const waiting = () => {
    const known = frozen()?.known;
    if (!known) return 0;
    const own = posted()?.id;
    let n = 0;
    for (const id of source.cards().keys()) if (!known.has(id) && id !== own) n += 1;
    return n;
  };

  // For keys cards by id string, so a changed tally updates a card in place.
  const shownIds = createMemo(() => {
    const held = frozen();
    if (!held) return ordered();
    const cards = source.cards();
    return held.order.filter((id) => cards.has(id));
  });

  const board = createMemo(() => {
    const answer = source.answer()?.board;
    return answer && liveBoard(answer, source.meta());
  });
  const title = () => board()?.title ?? "";
  const description = () => board()?.description ?? "";
  const categories = () => board()?.categories ?? [];
  const votingKind = () => board()?.voting.kind ?? "up";
  const postingOpen = () => board()?.postingOpen ?? true;
  const newPath = () => `/boards/${source.id}/new`;

  return (
    <PageLoad
      data={source.answer()?.board}
      failure={source.failure()}
      errorTitle={t("board.loadError")}
      back={{ href: "/", label: t("app.toBoards") }}
    >
      <div class="board-head">
        <PageHeading own text={title()} />
        <Show when={posted()}>
          {(p) => (
            <section class="posted" aria-label={t("posted.yours")}>
              <PostedNote pending={p().pending} />
              <Show when={postedCard()}>
                {(idea) => (
                  <ul class="idea-list">
                    <li>
                      <IdeaCard idea={idea()} votes={source.votes} votingKind={votingKind()} />
                    </li>
                  </ul>
                )}
              </Show>
            </section>
          )}
        </Show>
        <Show when={description()}>
          <p class="board-description">{description()}</p>
        </Show>
        <FundNote fund={source.answer()?.fund} />
        <AnswerTimeNote answerTime={source.answer()?.answerTime} />
        <Show when={board()?.mode === "workshop"}>
          <p class="form-actions">
            <A href={`/workshop/${source.id}`}>{t("ws.board.toWorkshop")}</A>
            <Show when={may("workshop.facilitate", null)}>
              <A href={`/facilitate/${source.id}`}>{t("ws.board.facilitate")}</A>
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
              {/* A blocked person is told so on every page; no button that only leads there. */}
              <Show when={blocked() === null}>
                <A class="button button-primary" href={newPath()}>
                  {t("board.share")}
                </A>
              </Show>
            </Show>
          </Show>
        </Show>
      </div>
      <BoardControls view={view()} categories={categories()} onChange={changeView} />
      <section aria-labelledby="ideas-heading" class="ideas">
        <h2 id="ideas-heading">
          {t("board.ideas")} <span class="count">({tn("board.count", shownIds().length)})</span>
        </h2>
        <LivePause waiting={waiting()} />
        <Show
          when={shownIds().length > 0}
          fallback={
            <EmptyState
              pictogram="board"
              text={source.cards().size === 0 ? t("board.empty") : t("board.emptyFiltered")}
            />
          }
        >
          <ul class="idea-list">
            <For
              each={shownIds()
                .slice(0, limit())
                .filter((id) => id !== postedCard()?.id)}
            >
              {(id) => (
                <Show when={source.cards().get(id)}>
                  {(idea) => (
                    <li>
                      <IdeaCard idea={idea()} votes={source.votes} votingKind={votingKind()} />
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
