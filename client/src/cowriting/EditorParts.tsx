import { type Accessor, createEffect, createSignal, For, on, onCleanup, Show } from "solid-js";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { announce } from "../app/announcer.ts";
import { t } from "../i18n/i18n.ts";
import type { ConnectionState } from "../sync/connection.ts";
import type { SaveState } from "./coedit-doc.ts";
import { createWriters } from "./presence.ts";
import { bindText, type RelativeSelection } from "./text-binding.ts";
import "./messages.ts";

/**
 * Binds a field to a Y.Text for this component's lifetime and shares the selection as
 * presence (`cursor: {field, anchor, head}` as relative-position JSON).
 */
export function useBinding(
  el: HTMLInputElement | HTMLTextAreaElement,
  text: Y.Text,
  opts: { origin: unknown; undo: Y.UndoManager; awareness?: Awareness; field: string },
): void {
  const onSelection = (selection: RelativeSelection | null) => {
    const awareness = opts.awareness;
    if (!awareness || awareness.getLocalState() === null) return;
    const current = (awareness.getLocalState() as { cursor?: { field?: string } } | null)?.cursor;
    if (selection === null) {
      if (current?.field === opts.field) awareness.setLocalStateField("cursor", null);
      return;
    }
    awareness.setLocalStateField("cursor", {
      field: opts.field,
      anchor: Y.relativePositionToJSON(selection.anchor),
      head: Y.relativePositionToJSON(selection.head),
    });
  };
  onCleanup(bindText(el, text, { origin: opts.origin, undo: opts.undo, onSelection }));
}

/** Undo and redo for this person's own edits; the buttons follow the history's state. */
export function HistoryButtons(props: { undo: Y.UndoManager }) {
  const [canUndo, setCanUndo] = createSignal(false);
  const [canRedo, setCanRedo] = createSignal(false);
  const read = () => {
    setCanUndo(props.undo.canUndo());
    setCanRedo(props.undo.canRedo());
  };
  props.undo.on("stack-item-added", read);
  props.undo.on("stack-item-popped", read);
  props.undo.on("stack-cleared", read);
  onCleanup(() => {
    props.undo.off("stack-item-added", read);
    props.undo.off("stack-item-popped", read);
    props.undo.off("stack-cleared", read);
  });
  return (
    <div class="history-buttons">
      <button
        type="button"
        class="button"
        aria-keyshortcuts="Control+Z Meta+Z"
        disabled={!canUndo()}
        onClick={() => props.undo.undo()}
      >
        <span aria-hidden="true">↶ </span>
        {t("cowrite.undo")}
      </button>
      <button
        type="button"
        class="button"
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        disabled={!canRedo()}
        onClick={() => props.undo.redo()}
      >
        <span aria-hidden="true">↷ </span>
        {t("cowrite.redo")}
      </button>
    </div>
  );
}

/**
 * "Gespeichert" or "Nicht gespeichert – …". Changing with every keystroke, it is not a
 * live region; going offline with unsaved changes, and getting them saved again, are
 * announced once each.
 */
export function SaveStatus(props: { save: Accessor<SaveState>; connection: Accessor<ConnectionState> }) {
  const state = () => {
    const s = props.save();
    if (s === "saved") return "saved";
    return s === "offline" || props.connection() !== "live" ? "offline" : "sending";
  };
  let waited = false;
  createEffect(
    on(state, (now) => {
      if (now === "offline" && !waited) {
        waited = true;
        announce(t("cowrite.unsaved"));
      } else if (now === "saved" && waited) {
        waited = false;
        announce(t("cowrite.savedAgain"));
      }
    }),
  );
  return (
    <p class="save-state" data-state={state()}>
      <span class="save-mark" aria-hidden="true" />
      {state() === "saved"
        ? t("cowrite.saved")
        : state() === "sending"
          ? t("cowrite.saving")
          : t("cowrite.unsaved")}
    </p>
  );
}

/** "Schreibt gerade: Anna, Ben", with a polite word when someone comes or goes. */
export function WritersList(props: { awareness: Awareness; meId: string | undefined }) {
  const writers = createWriters(props.awareness, props.meId, (joined, left) => {
    for (const w of joined) announce(t("cowrite.joined", { name: w.name }));
    for (const w of left) announce(t("cowrite.left", { name: w.name }));
  });
  return (
    <div class="writers">
      <Show when={writers().length > 0} fallback={<p class="writers-none">{t("cowrite.alone")}</p>}>
        <p>
          <span class="writers-label">{t("cowrite.writing")}</span>{" "}
          <For each={writers()}>
            {(w, i) => (
              <>
                <span class="writer">
                  <span class="writer-dot" style={{ "background-color": w.color }} aria-hidden="true" />
                  {w.name}
                </span>
                {i() < writers().length - 1 ? ", " : ""}
              </>
            )}
          </For>
        </p>
      </Show>
    </div>
  );
}
