import type { PresenceCursor, PresenceState } from "@quer/shared/sync/presence";
import { type Accessor, createEffect, createSignal, on, onCleanup } from "solid-js";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { announce } from "../app/announcer.ts";
import { t } from "../i18n/i18n.ts";
import type { ConnectionState } from "../sync/connection.ts";
import type { SaveState } from "./coedit-doc.ts";
import { markTyping, stopTyping } from "./presence.ts";
import { bindText, type RelativeSelection } from "./text-binding.ts";
import "./messages.ts";

/**
 * Binds a field to a Y.Text for this component's lifetime and shares the selection as
 * presence (`cursor: {field, anchor, head}` as relative-position JSON), and that this
 * person is typing here (`typing: field`, until a pause).
 */
export function useBinding(
  el: HTMLInputElement | HTMLTextAreaElement,
  text: Y.Text,
  opts: { origin: unknown; undo: Y.UndoManager; awareness?: Awareness; field: string },
): void {
  const onSelection = (selection: RelativeSelection | null) => {
    const awareness = opts.awareness;
    if (!awareness || awareness.getLocalState() === null) return;
    const current = (awareness.getLocalState() as PresenceState | null)?.cursor;
    if (selection === null) {
      if (current?.field === opts.field) awareness.setLocalStateField("cursor", null);
      return;
    }
    const cursor: PresenceCursor = {
      field: opts.field,
      anchor: Y.relativePositionToJSON(selection.anchor),
      head: Y.relativePositionToJSON(selection.head),
    };
    // The binding reports the same selection several times per keystroke (input, keyup,
    // selectionchange); the server takes ten presence messages a second, so send changes only.
    if (JSON.stringify(current) !== JSON.stringify(cursor)) awareness.setLocalStateField("cursor", cursor);
  };
  const onEdit = () => {
    if (opts.awareness) markTyping(opts.awareness, opts.field);
  };
  onCleanup(bindText(el, text, { origin: opts.origin, undo: opts.undo, onSelection, onEdit }));
  onCleanup(() => {
    if (opts.awareness) stopTyping(opts.awareness);
  });
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
        <span class="turn-arrow" aria-hidden="true">
          ↶
        </span>{" "}
        {t("cowrite.undo")}
      </button>
      <button
        type="button"
        class="button"
        aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
        disabled={!canRedo()}
        onClick={() => props.undo.redo()}
      >
        <span class="turn-arrow" aria-hidden="true">
          ↷
        </span>{" "}
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
