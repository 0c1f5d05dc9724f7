import type { Board } from "@quer/shared";
import { A } from "@solidjs/router";
import { createResource, createSignal, Index, Match, Show, Switch } from "solid-js";
import type { ApiError } from "../api/client.ts";
import { errorText } from "../api/error-text.ts";
import { announce } from "../app/announcer.ts";
import { PageHeading } from "../app/PageHeading.tsx";
import { may } from "../auth/may.ts";
import { loginHref, user } from "../auth/session.ts";
import { t, tn } from "../i18n/i18n.ts";
import { BoardExports } from "../moderation/BoardExports.tsx";
import { OfficeLink } from "../office/OfficeLink.tsx";
import { FundForm } from "../projects/FundForm.tsx";
import { BoardForm } from "./BoardForm.tsx";
import { fetchBoards } from "./board-api.ts";

export default function ManagePage() {
  return (
    <>
      <PageHeading text={t("manage.title")} />
      <Switch>
        <Match when={user() === undefined}>
          <p class="loading">{t("app.loading")}</p>
        </Match>
        <Match when={!may("board.create", null)}>
          <p>{t("manage.onlyManager")}</p>
          <Show when={user() === null}>
            <p>
              <A href={loginHref("/manage")}>{t("nav.login")}</A>
            </p>
          </Show>
        </Match>
        <Match when={may("board.create", null)}>
          <ManagerDesk />
        </Match>
      </Switch>
    </>
  );
}

function ManagerDesk() {
  const [boards, { refetch }] = createResource(fetchBoards);
  const list = () => (boards.error ? undefined : boards.latest);
  const [editing, setEditing] = createSignal<string>();
  // A new number remounts the create form, which empties it after a success.
  const [createRound, setCreateRound] = createSignal(0);
  const editButtons = new Map<string, HTMLButtonElement>();

  const created = (board: Board) => {
    announce(t("manage.created", { title: board.title }));
    setCreateRound((n) => n + 1);
    void refetch();
  };
  const openEditor = (id: string) => {
    setEditing(id);
    // The button that was pressed is gone; continue in the form it opened.
    queueMicrotask(() => document.getElementById(`edit-${id}-title`)?.focus());
  };
  const closeEditor = (id: string) => {
    setEditing(undefined);
    // Back to the button that opened the editor, so keyboard users keep their place.
    queueMicrotask(() => editButtons.get(id)?.focus());
  };
  const saved = (board: Board) => {
    announce(t("manage.saved", { title: board.title }));
    closeEditor(board.id);
    void refetch();
  };

  return (
    <>
      <section aria-labelledby="manage-list" class="manage-section">
        <h2 id="manage-list">{t("manage.list")}</h2>
        <Show when={boards.error}>
          <p role="alert">{errorText(boards.error as ApiError)}</p>
        </Show>
        <ul class="board-list">
          {/* Index keeps each row's elements across refetches, so focus stays put. */}
          <Index each={list()}>
            {(board) => (
              <li class="board-card">
                <h3>
                  <A href={`/boards/${board().id}`}>{board().title}</A>
                </h3>
                <p>
                  {board().mode === "workshop" ? t("manage.mode.workshop") : t("manage.mode.open")} ·{" "}
                  {board().visibility === "private"
                    ? t("manage.visibility.private")
                    : t("manage.visibility.public")}{" "}
                  · {tn("boards.ideaCount", board().ideaCount)}
                </p>
                <BoardExports board={board()} />
                <Show
                  when={editing() === board().id}
                  fallback={
                    <button
                      type="button"
                      class="button"
                      ref={(el) => editButtons.set(board().id, el)}
                      onClick={() => openEditor(board().id)}
                    >
                      {t("manage.editButton")}
                      <span class="visually-hidden"> {board().title}</span>
                    </button>
                  }
                >
                  <section aria-labelledby={`edit-${board().id}`} class="editor">
                    <h4 id={`edit-${board().id}`}>{t("manage.edit", { title: board().title })}</h4>
                    <BoardForm
                      prefix={`edit-${board().id}`}
                      board={board()}
                      onDone={saved}
                      onCancel={() => closeEditor(board().id)}
                    />
                  </section>
                </Show>
              </li>
            )}
          </Index>
        </ul>
      </section>
      <section aria-labelledby="manage-create" class="manage-section">
        <h2 id="manage-create">{t("manage.create")}</h2>
        <Show when={createRound() + 1} keyed>
          {(_round) => <BoardForm prefix="new-board" onDone={created} />}
        </Show>
      </section>
      <FundForm />
      <OfficeLink />
    </>
  );
}
