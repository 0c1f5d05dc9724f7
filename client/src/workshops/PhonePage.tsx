import { boardCards } from "@quer/shared/ideas/card";
import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { liveBoard } from "@quer/shared/sync/board-meta";
import { dotsBudget, votingOpen } from "@quer/shared/votes/rules";
import { A, useParams } from "@solidjs/router";
import { createEffect, createMemo, createSignal, For, Match, on, onCleanup, Show, Switch } from "solid-js";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { FormAlert } from "../app/forms.tsx";
import { setHeaderPlace } from "../app/header-place.ts";
import { keepFocus } from "../app/keep-focus.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { PageLoad } from "../app/PageLoad.tsx";
import { fetchBoard } from "../boards/board-api.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { createOutbox } from "./outbox.ts";
import { Countdown, createCountdown, phaseName, tablesOf } from "./parts.tsx";
import { ClosedScreen } from "./phone/ClosedScreen.tsx";
import { ClusterScreen } from "./phone/ClusterScreen.tsx";
import { CollectScreen } from "./phone/CollectScreen.tsx";
import { QueueStatus } from "./phone/PostSection.tsx";
import { ResultsScreen } from "./phone/ResultsScreen.tsx";
import { VoteScreen } from "./phone/VoteScreen.tsx";
import { createPhoneVotes } from "./phone/votes.ts";
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
  const [postAlert, setPostAlert] = createSignal<string>();
  const [used, setUsed] = createSignal(false);

  // A document kept from an earlier visit (this board's, or a table's read by the plenary)
  // may be a phase behind; until it is up to date, the loaded answer speaks, as on a first load.
  const meta = () => (live.synced() ? live.meta() : {});
  /** The loaded board with the live document's settings over it. */
  const board = () => {
    const loaded = answer()?.board;
    return loaded && liveBoard(loaded, meta());
  };
  const phase = () => board()?.phase ?? null;
  /** Once the workshop ends, its guests read: no posting, dots or arranging. */
  const running = () => board()?.running ?? true;
  /** A session ran and ended (before the first one there is no phase yet). */
  const ended = () => !running() && phase() !== null;
  const canVote = () => {
    const b = board();
    return running() && !!b && votingOpen(b);
  };

  const votes = createPhoneVotes({
    fallbackBudget: () => {
      const b = board();
      return (b && dotsBudget(b)) ?? 0;
    },
    voting: () => phase() === "vote",
    send: (ideaId, dots) => {
      setUsed(true);
      outbox.setVote(ideaId, dots);
    },
  });
  const outbox = createOutbox(props.id, {
    onVoteSent: (ideaId, dots, left) => votes.sent(ideaId, dots, left, outbox.votes()[ideaId] === dots),
    onVoteRefused: (ideaId, error) => votes.refused(ideaId, error),
    onPostRefused(post, error) {
      setPostAlert(t("ws.queue.postFailed", { title: post.title, reason: errorText(error) }));
    },
  });

  const { data: answer, failure } = loadForUser(() => fetchBoard(props.id), {
    onData: (a) => votes.loaded(a.ideas, a.dots, outbox.votes()),
    onFailure: (error) => {
      if (error.code !== "network") live.close();
    },
  });

  // Public ideas only: one's own pending or hidden ones take no dots.
  const ideas = createMemo<BoardDocIdea[]>(() => [
    ...boardCards(answer()?.ideas ?? [], live.ideas().values(), live.synced(), false).values(),
  ]);
  const revealed = () => board()?.revealed ?? false;
  const title = () => board()?.title ?? "";
  // The guests' header names the workshop they are in.
  createEffect(() => setHeaderPlace(title() || null));
  onCleanup(() => setHeaderPlace(null));
  const postingOpen = () => (board()?.postingOpen ?? false) && running();
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
  const tables = () => tablesOf(meta());
  const parentId = () => board()?.parentId ?? null;
  /** The workshop this board belongs to: itself, or the plenary of a table. */
  const workshopId = () => parentId() ?? props.id;
  /** The ideas of this workshop are at its tables, and none here. */
  const atTables = () => tables().length > 0 && ideas().length === 0;
  const countdown = createCountdown(meta, { announceEnd: true });
  const onUsed = () => {
    setPostAlert(undefined);
    setUsed(true);
  };

  return (
    <PageLoad
      data={answer()}
      failure={failure()}
      errorTitle={t("ws.loadError")}
      back={{ href: "/join", label: t("ws.toJoin") }}
    >
      <div class="ws-phone">
        <PageHeading own text={title()} />
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

        <Show when={parentId()}>
          {(parent) => (
            <p>
              <A href={`/workshop/${parent()}`}>{t("ws.phone.backToPlenary")}</A>
            </p>
          )}
        </Show>
        <Show when={tables().length > 0 && !ended()}>
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

        <Switch>
          <Match when={ended()}>
            <ClosedScreen workshopId={workshopId()}>
              <ResultsScreen
                workshopId={workshopId()}
                changes={() => [live.ideas(), meta()]}
                heading={t("ws.phone.resultsAll")}
              />
            </ClosedScreen>
          </Match>
          <Match when={phase() === "results"}>
            <ResultsScreen
              workshopId={workshopId()}
              changes={() => [live.ideas(), meta()]}
              heading={t("ws.phone.resultsAll")}
            />
          </Match>
          <Match when={phase() === "vote"}>
            <VoteScreen
              outbox={outbox}
              postingOpen={postingOpen()}
              onUsed={onUsed}
              ideas={ideas()}
              votes={votes}
              canVote={canVote()}
              revealed={revealed()}
              withTables={tables().length > 0 || parentId() !== null}
              atTables={atTables()}
            />
          </Match>
          <Match when={phase() === "cluster"}>
            <ClusterScreen
              boardId={props.id}
              plenary={parentId() === null ? live : undefined}
              outbox={outbox}
              postingOpen={postingOpen()}
              onUsed={onUsed}
              ideas={ideas()}
              mayArrange={running() && (board()?.participantCanvas ?? false)}
            />
          </Match>
          <Match when={true}>
            <CollectScreen
              outbox={outbox}
              postingOpen={postingOpen()}
              onUsed={onUsed}
              ideas={ideas()}
              revealed={revealed()}
            />
          </Match>
        </Switch>
        <FormAlert message={postAlert()} />
        <QueueStatus outbox={outbox} used={used()} />
      </div>
    </PageLoad>
  );
}
