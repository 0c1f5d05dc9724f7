import type { BoardDocIdea } from "@quer/shared/sync/board-doc";
import { createEffect, createMemo, createSignal, For, on, Show } from "solid-js";
import { announce } from "../app/announcer.ts";
import { t, tn } from "../i18n/i18n.ts";
import type { Canvas } from "./canvas.ts";
import "./messages.ts";

interface Column {
  /** "" for the ideas without a group. */
  id: string;
  name: string;
}

/**
 * The clustering board: a column per group plus one for ideas without a group. Writers
 * move ideas by dragging (mouse, pen, touch: pointer events) or, with keyboard and
 * screen reader, by choosing a group or the previous/next group. Every move is announced.
 */
export function ClusterCanvas(props: {
  canvas: Canvas;
  ideas: readonly BoardDocIdea[];
  write: boolean;
  /** Distinguishes ids when two canvases share a page. */
  idPrefix?: string;
  /** A line under an idea's title (in the plenary: the table it came from). */
  note?: (ideaId: string) => string | undefined;
}) {
  const prefix = () => props.idPrefix ?? "canvas";
  const columns = createMemo<Column[]>(() => [
    { id: "", name: t("ws.canvas.ungrouped") },
    ...props.canvas.groups().map((g) => ({ id: g.id, name: g.name })),
  ]);
  // Lists are keyed by id strings, so a change elsewhere does not rebuild (and unfocus) a card.
  const columnIds = createMemo(() => columns().map((c) => c.id), undefined, {
    equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
  const columnById = (id: string): Column => columns().find((c) => c.id === id) ?? { id, name: "" };
  const ideaById = createMemo(() => new Map(props.ideas.map((idea) => [idea.id, idea])));
  const columnOf = (ideaId: string) => props.canvas.placement().get(ideaId) ?? "";
  const ideasIn = (columnId: string) =>
    props.ideas
      .filter((idea) => columnOf(idea.id) === columnId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((idea) => idea.id);
  const nameOf = (columnId: string) => columns().find((c) => c.id === columnId)?.name ?? "";

  /** After a move the idea's controls are new nodes elsewhere; focus follows the idea. */
  const refocus = (ideaId: string, control: string) => {
    requestAnimationFrame(() => {
      document
        .querySelector<HTMLElement>(`[data-idea="${CSS.escape(ideaId)}"] [data-control="${control}"]`)
        ?.focus({ preventScroll: false });
    });
  };

  const moveTo = (idea: BoardDocIdea, columnId: string, control?: string) => {
    if (columnOf(idea.id) === columnId) return;
    props.canvas.move(idea.id, columnId === "" ? null : columnId);
    announce(t("ws.canvas.moved", { title: idea.title, group: nameOf(columnId) }));
    if (control) refocus(idea.id, control);
  };

  const step = (idea: BoardDocIdea, by: -1 | 1) => {
    const list = columns();
    const at = list.findIndex((c) => c.id === columnOf(idea.id));
    const next = list[at + by];
    if (next) moveTo(idea, next.id, by < 0 ? "prev" : "next");
  };

  // Pointer dragging: the card follows the pointer; the column under it is the target.
  const [dragging, setDragging] = createSignal<string>();
  const [over, setOver] = createSignal<string>();
  let start = { x: 0, y: 0 };
  let dragged: HTMLElement | null = null;

  const columnAt = (x: number, y: number): string | undefined => {
    for (const el of document.elementsFromPoint(x, y)) {
      const column = (el as HTMLElement).closest?.<HTMLElement>("[data-column]");
      if (column) return column.dataset.column;
    }
    return undefined;
  };

  const onPointerDown = (idea: BoardDocIdea, e: PointerEvent) => {
    if (!props.write || e.button !== 0) return;
    const handle = e.currentTarget as HTMLElement;
    dragged = handle.closest<HTMLElement>("[data-idea]");
    if (!dragged) return;
    e.preventDefault();
    handle.setPointerCapture(e.pointerId);
    start = { x: e.clientX, y: e.clientY };
    setDragging(idea.id);
    setOver(columnOf(idea.id));
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!dragging() || !dragged) return;
    dragged.style.setProperty("transform", `translate(${e.clientX - start.x}px, ${e.clientY - start.y}px)`);
    setOver(columnAt(e.clientX, e.clientY));
  };
  const endDrag = (idea: BoardDocIdea, e: PointerEvent, drop: boolean) => {
    if (dragging() !== idea.id) return;
    const handle = e.currentTarget as HTMLElement;
    if (handle.hasPointerCapture(e.pointerId)) handle.releasePointerCapture(e.pointerId);
    dragged?.style.removeProperty("transform");
    dragged = null;
    const target = drop ? columnAt(e.clientX, e.clientY) : undefined;
    setDragging(undefined);
    setOver(undefined);
    if (target !== undefined) moveTo(idea, target);
  };

  const [newName, setNewName] = createSignal("");
  const addGroup = (e: SubmitEvent) => {
    e.preventDefault();
    const name = newName().trim();
    if (!name) return;
    props.canvas.addGroup(name.slice(0, 60));
    setNewName("");
    announce(t("ws.canvas.groupAdded", { name }));
  };

  return (
    <div class="ws-canvas">
      <Show when={props.canvas.writeLost()}>
        <p role="alert">{t("ws.canvas.writeLost")}</p>
      </Show>
      <Show when={props.write} fallback={<p class="hint">{t("ws.canvas.readOnly")}</p>}>
        <p class="hint">{t("ws.canvas.intro")}</p>
        <form class="ws-inline-form" onSubmit={addGroup}>
          <label for={`${prefix()}-new-group`}>{t("ws.canvas.newGroup")}</label>
          <input
            id={`${prefix()}-new-group`}
            type="text"
            maxLength={60}
            autocomplete="off"
            value={newName()}
            onInput={(e) => setNewName(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t("ws.canvas.addGroup")}
          </button>
        </form>
      </Show>
      <div class="ws-columns">
        <For each={columnIds()}>
          {(columnId, index) => {
            const column = () => columnById(columnId);
            const headingId = () => `${prefix()}-col-${columnId || "none"}`;
            const list = createMemo(() => ideasIn(columnId), undefined, {
              equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
            });
            return (
              <section
                class="ws-column"
                classList={{ "is-over": dragging() !== undefined && over() === columnId }}
                data-column={columnId}
                aria-labelledby={headingId()}
              >
                <h3 id={headingId()} class="ws-column-title">
                  {column().name} <span class="count">({tn("ws.canvas.count", list().length)})</span>
                </h3>
                <Show when={props.write && columnId !== ""}>
                  <GroupTools canvas={props.canvas} column={column()} prefix={prefix()} />
                </Show>
                <Show
                  when={list().length > 0}
                  fallback={<p class="ws-column-empty">{t("ws.canvas.empty")}</p>}
                >
                  <ul class="ws-cards">
                    <For each={list()}>
                      {(ideaId) => (
                        <Show when={ideaById().get(ideaId)}>
                          {(found) => {
                            const idea = found();
                            return (
                              <li
                                class="ws-card"
                                classList={{ "is-dragging": dragging() === idea.id }}
                                data-idea={idea.id}
                              >
                                <Show when={props.write}>
                                  <span
                                    class="ws-handle"
                                    aria-hidden="true"
                                    title={t("ws.canvas.drag", { title: found().title })}
                                    onPointerDown={(e) => onPointerDown(idea, e)}
                                    onPointerMove={onPointerMove}
                                    onPointerUp={(e) => endDrag(idea, e, true)}
                                    onPointerCancel={(e) => endDrag(idea, e, false)}
                                  />
                                </Show>
                                <p class="ws-card-title">{found().title}</p>
                                <Show when={props.note?.(idea.id)}>
                                  {(note) => <p class="ws-card-note">{note()}</p>}
                                </Show>
                                <Show when={props.write}>
                                  <div class="ws-card-tools">
                                    <select
                                      data-control="select"
                                      aria-label={t("ws.canvas.choose", { title: found().title })}
                                      onChange={(e) => moveTo(idea, e.currentTarget.value, "select")}
                                    >
                                      <For each={columns()}>
                                        {(c) => (
                                          <option value={c.id} selected={c.id === columnId}>
                                            {c.name}
                                          </option>
                                        )}
                                      </For>
                                    </select>
                                    <button
                                      type="button"
                                      class="button ws-step"
                                      data-control="prev"
                                      aria-label={t("ws.canvas.prev", { title: found().title })}
                                      aria-disabled={index() === 0}
                                      onClick={() => step(idea, -1)}
                                    >
                                      <span aria-hidden="true" class="ws-arrow-prev" />
                                    </button>
                                    <button
                                      type="button"
                                      class="button ws-step"
                                      data-control="next"
                                      aria-label={t("ws.canvas.next", { title: found().title })}
                                      aria-disabled={index() === columns().length - 1}
                                      onClick={() => step(idea, 1)}
                                    >
                                      <span aria-hidden="true" class="ws-arrow-next" />
                                    </button>
                                  </div>
                                </Show>
                              </li>
                            );
                          }}
                        </Show>
                      )}
                    </For>
                  </ul>
                </Show>
              </section>
            );
          }}
        </For>
      </div>
    </div>
  );
}

function GroupTools(props: { canvas: Canvas; column: Column; prefix: string }) {
  const [name, setName] = createSignal(props.column.name);
  // Renamed elsewhere (another writer, or the plenary's canvas arriving after the tables'):
  // the field shows the name the group has now.
  createEffect(on(() => props.column.name, setName, { defer: true }));
  const fieldId = () => `${props.prefix}-rename-${props.column.id}`;
  const rename = (e: SubmitEvent) => {
    e.preventDefault();
    const next = name().trim();
    if (!next || next === props.column.name) return;
    props.canvas.renameGroup(props.column.id, next.slice(0, 60));
    announce(t("ws.canvas.renamed", { name: next }));
  };
  return (
    <div class="ws-group-tools">
      <form class="ws-inline-form" onSubmit={rename}>
        <label class="visually-hidden" for={fieldId()}>
          {t("ws.canvas.rename", { name: props.column.name })}
        </label>
        <input
          id={fieldId()}
          type="text"
          maxLength={60}
          autocomplete="off"
          value={name()}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" class="button">
          {t("ws.canvas.renameSave")}
        </button>
      </form>
      <button
        type="button"
        class="button"
        onClick={() => {
          const label = props.column.name;
          props.canvas.removeGroup(props.column.id);
          announce(t("ws.canvas.removed", { name: label }));
        }}
      >
        {t("ws.canvas.remove", { name: props.column.name })}
      </button>
    </div>
  );
}
