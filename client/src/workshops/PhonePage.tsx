import { boardCards } from "@quer/shared/ideas/card";
import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { liveBoard } from "@quer/shared/sync/board-meta";
import { A, useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { createStore } from "solid-js/store";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { FormAlert } from "../app/forms.tsx";
import { keepFocus } from "../app/keep-focus.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { fetchBoard } from "../boards/board-api.ts";
import { t, tn } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { ClusterCanvas } from "./ClusterCanvas.tsx";
import { openCanvas } from "./canvas.ts";
import { createOutbox } from "./outbox.ts";
import { Countdown, createCountdown, phaseName, tablesOf } from "./parts.tsx";
import "./workshop.css";
import "./messages.ts";

export default function PhonePage() {
  const params = useParams<{ boardId: string }>();
  return (
    <Show when={params.boardId} keyed>
      {(id) => <PhoneView id={id} />}
    </Show>
  );
}

function PhoneView(props: { id: string }) {
  // Reconnects are quick, and spread out so a room's phones do not all knock at once.
  const live = openLiveBoard(props.id, {
    maxBackoffTime: 1500 + Math.floor(Math.random() * 1000),
    onNew: (idea) => announce(t("board.newIdea", { title: idea.title })),
    onChange: (apply) => keepFocus(apply),
  });

  /** Dots as shown: what this person wants, even while it waits in the queue. */
  const [mine, setMine] = createStore<Record<string, number>>({});
  /** Dots the server confirmed; a refused wish falls back to these. */
  const confirmed: Record<string, number> = {};
  const [voteAlert, setVoteAlert] = createSignal<string>();
  const [postAlert, setPostAlert] = createSignal<string>();
  const [used, setUsed] = createSignal(false);

  /** The loaded board with the live document's settings over it. */
  const board = () => {
    const loaded = answer()?.board;
    return loaded && liveBoard(loaded, live.meta());
  };
  const phase = () => board()?.phase ?? null;
  const budget = () => {
    const voting = board()?.voting;
    return voting?.kind === "dots" ? voting.dots : 0;
  };

  const outbox = createOutbox(props.id, {
    onVoteSent(ideaId, dots) {
      confirmed[ideaId] = dots;
      if (outbox.votes()[ideaId] === dots) keepFocus(() => setMine(ideaId, dots));
    },
    onVoteRefused(ideaId, error) {
      keepFocus(() => setMine(ideaId, confirmed[ideaId] ?? 0));
      setVoteAlert(undefined);
      queueMicrotask(() =>
        setVoteAlert(
          error.status === 409
            ? phase() === "vote"
              ? t("ws.phone.budget", { total: budget() })
              : t("ws.phone.voteClosed")
            : errorText(error),
        ),
      );
    },
    onPostRefused(post, error) {
      setPostAlert(t("ws.queue.postFailed", { title: post.title, reason: errorText(error) }));
    },
  });

  const { data: answer, failure } = loadForUser(() => fetchBoard(props.id), {
    onData: (a) => {
      const waiting = outbox.votes();
      for (const idea of a.ideas) {
        confirmed[idea.id] = idea.mine ?? 0;
        setMine(idea.id, waiting[idea.id] ?? idea.mine ?? 0);
      }
    },
    onFailure: (error) => {
      if (error.code !== "network") live.close();
    },
  });

  // Public ideas only: one's own pending or hidden ones take no dots.
  const ideas = createMemo<BoardDocIdea[]>(() => [
    ...boardCards(answer()?.ideas ?? [], live.ideas().values(), live.synced(), false).values(),
  ]);
  const revealed = () => board()?.revealed ?? false;
  const shownIds = createMemo(
    () => {
      const list = [...ideas()];
      if (revealed())
        list.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0) || a.createdAt.localeCompare(b.createdAt));
      else list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      return list.map((i) => i.id);
    },
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  );
  const byId = createMemo(() => new Map(ideas().map((i) => [i.id, i])));

  const title = () => board()?.title ?? "";
  const postingOpen = () => board()?.postingOpen ?? false;
  /** Once the workshop ends, its guests read: no posting, dots or arranging. */
  const running = () => board()?.running ?? true;
  /** A session ran and ended (before the first one there is no phase yet). */
  const ended = () => !running() && phase() !== null;
  const voting = () => running() && phase() === "vote";
  // Said once when it happens, not when a phone opens the page of a finished evening.
  createEffect(
    on(
      ended,
      (now, before) => {
        if (before === false && now) announce(t("ws.phone.ended"));
      },
      { defer: true },
    ),
  );
  const tables = () => tablesOf(live.meta());
  const parentId = () => board()?.parentId ?? null;
  const spent = () => Object.entries(mine).reduce((sum, [id, n]) => (byId().has(id) ? sum + n : sum), 0);
  const countdown = createCountdown(live.meta, { announceEnd: true });

  const changeDots = (idea: BoardDocIdea, by: 1 | -1) => {
    const next = Math.max(0, (mine[idea.id] ?? 0) + by);
    if (next === (mine[idea.id] ?? 0)) return;
    setVoteAlert(undefined);
    setUsed(true);
    setMine(idea.id, next);
    outbox.setVote(idea.id, next);
  };

  let postForm: HTMLFormElement | undefined;
  const [draft, setDraft] = createSignal("");
  const [draftError, setDraftError] = createSignal<string>();
  const submitPost = (e: SubmitEvent) => {
    e.preventDefault();
    const text = draft().trim().replace(/\s+/g, " ");
    if (text.length < 3 || text.length > 120) {
      setDraftError(text.length < 3 ? t("field.minLength", { n: 3 }) : t("field.maxLength", { n: 120 }));
      postForm?.querySelector<HTMLElement>("#ws-post-title")?.focus();
      return;
    }
    setDraftError(undefined);
    setPostAlert(undefined);
    setUsed(true);
    outbox.addPost(text);
    setDraft("");
    announce(t("ws.phone.post.queued", { title: text }));
  };

  const queueText = () => {
    const n = outbox.size();
    if (n === 0) return used() ? t("ws.queue.empty") : "";
    if (outbox.state() === "sending" && navigator.onLine) return t("ws.queue.sending");
    return n === 1 ? t("ws.queue.waitingOne") : t("ws.queue.waiting", { n });
  };

  return (
    <PageLoad
      data={answer()}
      failure={failure()}
      errorTitle={t("ws.loadError")}
      back={{ href: "/join", label: t("ws.toJoin") }}
    >
      <div class="ws-phone">
        <PageHeading text={title()} />
        <div class="ws-status-row">
          <p class="ws-phase">
            {ended()
              ? t("ws.phoneEndedPhase")
              : phase()
                ? t("ws.phaseLabel", { phase: phaseName(phase() ?? "collect") })
                : t("ws.noPhase")}
          </p>
          <Countdown countdown={countdown} />
        </div>
        <Show when={answer() && ended()}>
          <p class="ws-ended">{t("ws.phone.ended")}</p>
        </Show>

        <Show when={parentId()}>
          {(parent) => (
            <p>
              <A href={`/workshop/${parent()}`}>{t("ws.phone.backToPlenary")}</A>
            </p>
          )}
        </Show>
        <Show when={tables().length > 0}>
          <nav class="ws-tables" aria-labelledby="ws-tables-heading">
            <h2 id="ws-tables-heading">{t("ws.phone.tables")}</h2>
            <p>{t("ws.phone.tablesIntro")}</p>
            <ul>
              <For each={tables()}>
                {(table) => (
                  <li>
                    <A class="button" href={`/workshop/${table.id}`}>
                      {table.title}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
        </Show>

        <section class="ws-post" aria-labelledby="ws-post-heading">
          <h2 id="ws-post-heading">{t("ws.phone.post")}</h2>
          <Show
            when={postingOpen() && running()}
            fallback={
              <p class="ws-locked">{t(ended() ? "ws.phone.endedPosting" : "ws.phone.postingClosed")}</p>
            }
          >
            <form ref={postForm} class="form" novalidate onSubmit={submitPost}>
              <div class="field">
                <label for="ws-post-title">{t("ws.phone.post.title")}</label>
                <input
                  id="ws-post-title"
                  type="text"
                  maxLength={120}
                  autocomplete="off"
                  value={draft()}
                  onInput={(e) => setDraft(e.currentTarget.value)}
                  aria-invalid={draftError() ? "true" : undefined}
                  aria-describedby={draftError() ? "ws-post-title-error" : undefined}
                />
                <Show when={draftError()}>
                  <p id="ws-post-title-error" class="field-error">
                    {draftError()}
                  </p>
                </Show>
              </div>
              <button type="submit" class="button button-primary">
                {t("ws.phone.post.submit")}
              </button>
            </form>
          </Show>
          <FormAlert message={postAlert()} />
        </section>

        <div class="ws-queue" role="status">
          <Show when={queueText()}>
            <p>{queueText()}</p>
          </Show>
          <Show when={outbox.posts().length > 0}>
            <ul class="ws-queue-list">
              <For each={outbox.posts()}>{(post) => <li>{post.title}</li>}</For>
            </ul>
          </Show>
        </div>

        <Show when={phase() === "cluster"}>
          <section class="ws-section" aria-labelledby="ws-canvas-heading">
            <h2 id="ws-canvas-heading">{t("ws.canvas.title")}</h2>
            {/* A change of permission opens the canvas again, as writer or as reader. */}
            <For each={[running() && (board()?.participantCanvas ?? false)]}>
              {(write) => <CanvasOf boardId={props.id} write={write} ideas={ideas()} />}
            </For>
          </section>
        </Show>

        <section class="ws-section" aria-labelledby="ws-ideas-heading">
          <h2 id="ws-ideas-heading">
            {revealed() ? t("ws.phone.results") : t("ws.phone.ideas")}{" "}
            <span class="count">({tn("board.count", shownIds().length)})</span>
          </h2>
          <Show when={voting()}>
            <p>{t("ws.phone.voteIntro")}</p>
            <p class="ws-budget" role="status">
              {t("ws.phone.left", { left: Math.max(0, budget() - spent()), total: budget() })}
            </p>
          </Show>
          <div role="alert" class="form-alert-slot">
            <Show when={voteAlert()}>
              <p class="form-alert">{voteAlert()}</p>
            </Show>
          </div>
          <Show when={!revealed() && phase() === "vote"}>
            <p class="hint">{t("ws.phone.hiddenTally")}</p>
          </Show>
          <Show when={shownIds().length > 0} fallback={<p>{t("ws.phone.empty")}</p>}>
            <ol class="ws-idea-list">
              <For each={shownIds()}>
                {(id) => (
                  <Show when={byId().get(id)}>
                    {(idea) => {
                      const titleId = `ws-idea-${id}`;
                      return (
                        <li class="ws-idea">
                          <article aria-labelledby={titleId}>
                            <h3 id={titleId} class="ws-idea-title">
                              {idea().title}
                            </h3>
                            <p class="ws-idea-author">{idea().authorName}</p>
                            <Show when={idea().votes !== undefined}>
                              <p class="ws-tally">{tn("ws.dots", idea().votes ?? 0)}</p>
                            </Show>
                            <Show when={voting()}>
                              <div class="ws-stepper">
                                <button
                                  type="button"
                                  class="button ws-step"
                                  aria-label={t("ws.phone.less", { title: idea().title })}
                                  aria-disabled={(mine[id] ?? 0) === 0}
                                  onClick={() => changeDots(idea(), -1)}
                                >
                                  <span aria-hidden="true">−</span>
                                </button>
                                <span class="ws-mine">{t("ws.phone.yourDots", { n: mine[id] ?? 0 })}</span>
                                <button
                                  type="button"
                                  class="button ws-step"
                                  aria-label={t("ws.phone.more", { title: idea().title })}
                                  onClick={() => changeDots(idea(), 1)}
                                >
                                  <span aria-hidden="true">+</span>
                                </button>
                              </div>
                            </Show>
                          </article>
                        </li>
                      );
                    }}
                  </Show>
                )}
              </For>
            </ol>
          </Show>
          <Show when={revealed()}>
            <p>
              <A href={`/workshop/${props.id}/results`}>{t("ws.fac.results")}</A>
            </p>
          </Show>
        </section>
      </div>
    </PageLoad>
  );
}

function CanvasOf(props: { boardId: string; write: boolean; ideas: readonly BoardDocIdea[] }) {
  const canvas = openCanvas(props.boardId, props.write);
  return <ClusterCanvas canvas={canvas} ideas={props.ideas} write={props.write} idPrefix="phone-canvas" />;
}
