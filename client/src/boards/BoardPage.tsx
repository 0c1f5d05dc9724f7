import type { BoardDocIdea } from "@quer/shared";
import { BOARD_FIRST_PAGE } from "@quer/shared/boards/first-page";
import { boardCards } from "@quer/shared/ideas/card";
import { useParams } from "@solidjs/router";
import { createEffect, createMemo, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { keepFocus } from "../app/keep-focus.ts";
import { loadForUser } from "../app/load-for-user.ts";
import { takeOverServerView } from "../app/server-view.ts";
import { t } from "../i18n/i18n.ts";
import { openLiveBoard } from "../sync/live-board.ts";
import { createVotes } from "../votes/vote-state.ts";
import { BoardContent } from "./BoardContent.tsx";
import { fetchBoard } from "./board-api.ts";
import { liveHeld } from "./live-pause.ts";

export default function BoardPage() {
  const params = useParams<{ id: string }>();
  // A new id is a new board: new socket, new state.
  return (
    <Show when={params.id} keyed>
      {(id) => <BoardView id={id} />}
    </Show>
  );
}

function BoardView(props: { id: string }) {
  const votes = createVotes();

  // Held, the waiting count speaks for new posts instead.
  const announceNew = (idea: BoardDocIdea) =>
    liveHeld() ||
    announce(t(idea.kind === "problem" ? "board.newProblem" : "board.newIdea", { title: idea.title }));
  const live = openLiveBoard(props.id, {
    onNew: announceNew,
    onChange: (apply) =>
      keepFocus(() => {
        apply();
        votes.documentChanged();
      }),
    // Asked again, the answer says whether this person may still see the board.
    onRefused: () => void load(),
  });

  const {
    data: answer,
    setData,
    failure,
    load,
  } = loadForUser(() => fetchBoard(props.id, { first: BOARD_FIRST_PAGE }), {
    onData: (a) => votes.seed(a.ideas),
    // Missing or not visible: no point in keeping a socket that will be refused.
    onFailure: (error) => {
      if (error.code !== "network") live.close();
      // No longer visible (made private while open): what was shown goes too.
      if (error.code === "not_found") setData(undefined);
    },
  });

  const cards = createMemo(() => boardCards(answer()?.ideas ?? [], live.ideas().values(), live.synced()));

  // The page the server rendered stays in view until this one has the same to show.
  createEffect(() => {
    if (answer() || failure()) takeOverServerView();
  });

  return <BoardContent source={{ id: props.id, answer, failure, meta: live.meta, cards, votes }} />;
}
