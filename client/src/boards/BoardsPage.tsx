import { A } from "@solidjs/router";
import { createResource, For, Show } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { t, tn } from "../i18n/i18n.ts";
import { EmptyState } from "../look/EmptyState.tsx";
import { fetchBoards } from "./board-api.ts";

export default function BoardsPage() {
  const [boards] = createResource(fetchBoards);
  // Reading a failed resource throws; the error branch below handles failures.
  const list = () => (boards.error ? undefined : boards());
  return (
    <>
      <PageHeading text={t("boards.title")} />
      <p class="lead">{t("boards.intro")}</p>
      <Show
        when={!boards.error}
        fallback={
          <p role="alert">
            {t("boards.loadError")} {errorText(boards.error as ApiError)}
          </p>
        }
      >
        <Show
          when={list()?.length !== 0}
          fallback={<EmptyState pictogram="board" text={`${t("boards.empty")} ${t("boards.emptyNext")}`} />}
        >
          <ul class="board-list">
            <For each={list()}>
              {(board) => (
                <li class="board-card">
                  <h2 class="board-title">
                    <A href={`/boards/${board.id}`}>{board.title}</A>
                  </h2>
                  <Show when={board.description}>
                    <p class="board-summary">{board.description}</p>
                  </Show>
                  <p class="board-count">{tn("boards.ideaCount", board.ideaCount)}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Show>
    </>
  );
}
