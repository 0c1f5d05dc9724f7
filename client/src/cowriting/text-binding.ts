import * as Y from "yjs";

type Field = HTMLInputElement | HTMLTextAreaElement;

/** A selection as Yjs relative positions: it moves with the text others write around it. */
export interface RelativeSelection {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

/**
 * The smallest edit that turns `before` into `after`, placed where the caret is: typing
 * "a" in "aa" after the first "a" inserts at 1, not at 0 or 2.
 */
export function minimalEdit(
  before: string,
  after: string,
  caret: number,
): { index: number; remove: number; insert: string } {
  const maxSuffix = Math.min(before.length, after.length, Math.max(0, after.length - caret));
  let suffix = 0;
  while (
    suffix < maxSuffix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix += 1;
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/** Where the last change of a Y.Text event ended: the caret after an undo or redo. */
function changeEnd(delta: readonly { insert?: unknown; retain?: number; delete?: number }[]): number | null {
  let index = 0;
  let end: number | null = null;
  for (const op of delta) {
    if (op.retain !== undefined) index += op.retain;
    else if (typeof op.insert === "string") {
      index += op.insert.length;
      end = index;
    } else if (op.delete !== undefined) end = index;
  }
  return end;
}

/**
 * Binds an `<input>` or `<textarea>` to a Y.Text, both ways.
 * - Typing becomes a minimal diff, applied in a transaction with `origin`.
 * - Others' edits replace the field's value; the caret and selection are kept as Yjs
 *   relative positions (stored on every select, input and key), so they stay on the same
 *   characters however much text arrived before them.
 * - Ctrl/Cmd+Z undoes this person's own edits only (`undo` tracks `origin`); Ctrl+Shift+Z
 *   and Ctrl+Y redo. The browser's own history would undo others' text as well.
 * Returns the clean-up.
 */
export function bindText(
  el: Field,
  text: Y.Text,
  opts: {
    origin: unknown;
    undo: Y.UndoManager;
    /** The selection while the field has focus, `null` when it loses it (for presence). */
    onSelection?: (selection: RelativeSelection | null) => void;
  },
): () => void {
  const doc = text.doc;
  if (!doc) throw new Error("bindText needs a Y.Text inside a document");
  let selection: RelativeSelection | null = null;
  let composing = false;
  let behind = false;

  el.value = text.toString();

  const focused = () => el.ownerDocument.activeElement === el;

  const storeSelection = () => {
    if (!focused()) return;
    const start = el.selectionStart ?? 0;
    const end = el.selectionEnd ?? start;
    const backward = el.selectionDirection === "backward";
    selection = {
      anchor: Y.createRelativePositionFromTypeIndex(text, backward ? end : start),
      head: Y.createRelativePositionFromTypeIndex(text, backward ? start : end),
    };
    opts.onSelection?.(selection);
  };

  const absolute = (rel: Y.RelativePosition) => Y.createAbsolutePositionFromRelativePosition(rel, doc)?.index;

  const render = (caretAt: number | null) => {
    const next = text.toString();
    if (el.value === next) return;
    const wasFocused = focused();
    const anchor = selection ? absolute(selection.anchor) : undefined;
    const head = selection ? absolute(selection.head) : undefined;
    el.value = next;
    if (!wasFocused) return;
    if (caretAt !== null) {
      el.setSelectionRange(caretAt, caretAt);
    } else if (anchor !== undefined && head !== undefined) {
      el.setSelectionRange(
        Math.min(anchor, head),
        Math.max(anchor, head),
        anchor > head ? "backward" : "forward",
      );
    }
    storeSelection();
  };

  const onInput = () => {
    const before = text.toString();
    const after = el.value;
    if (before !== after) {
      const edit = minimalEdit(before, after, el.selectionEnd ?? after.length);
      doc.transact(() => {
        if (edit.remove > 0) text.delete(edit.index, edit.remove);
        if (edit.insert) text.insert(edit.index, edit.insert);
      }, opts.origin);
    }
    storeSelection();
  };

  const observer = (event: Y.YTextEvent, tr: Y.Transaction) => {
    if (tr.origin === opts.origin) return;
    // Replacing the value mid-composition would cut an IME word in half; catch up after.
    if (composing) {
      behind = true;
      return;
    }
    render(tr.origin === opts.undo ? changeEnd(event.delta as never) : null);
  };
  text.observe(observer);

  const history = (redo: boolean) => {
    if (redo) opts.undo.redo();
    else opts.undo.undo();
  };

  // Moving the caret starts a new undo step, as in any editor: typing in two places is
  // two steps, however quickly it happened.
  const newStep = () => opts.undo.stopCapturing();
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key.startsWith("Arrow") || e.key === "Home" || e.key === "End" || e.key.startsWith("Page"))
      newStep();
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === "z") {
      e.preventDefault();
      history(e.shiftKey);
    } else if (key === "y" && !e.shiftKey) {
      e.preventDefault();
      history(true);
    }
  };
  // Undo from the context menu or an on-screen keyboard arrives as beforeinput.
  const onBeforeInput = (e: InputEvent) => {
    if (e.inputType === "historyUndo" || e.inputType === "historyRedo") {
      e.preventDefault();
      history(e.inputType === "historyRedo");
    }
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    onInput();
    if (behind) {
      behind = false;
      render(null);
    }
  };
  const onBlur = () => {
    selection = null;
    opts.onSelection?.(null);
  };

  const listeners: [string, EventListener][] = [
    ["input", onInput],
    ["keydown", onKeydown as EventListener],
    ["beforeinput", onBeforeInput as EventListener],
    ["compositionstart", onCompositionStart],
    ["compositionend", onCompositionEnd],
    ["select", storeSelection],
    ["keyup", storeSelection],
    ["mouseup", storeSelection],
    ["focus", storeSelection],
    ["selectionchange", storeSelection],
    ["blur", onBlur],
    ["mousedown", newStep],
    ["focus", newStep],
  ];
  for (const [type, fn] of listeners) el.addEventListener(type, fn);
  return () => {
    text.unobserve(observer);
    for (const [type, fn] of listeners) el.removeEventListener(type, fn);
  };
}

/**
 * One person's undo history over some shared types: only changes made with `origin` are
 * undone, never what others wrote. Typing within half a second is one step.
 */
// biome-ignore lint/suspicious/noExplicitAny: Y.UndoManager itself takes AbstractType<any>
export function personalUndo(types: Y.AbstractType<any>[], origin: unknown): Y.UndoManager {
  return new Y.UndoManager(types, { trackedOrigins: new Set([origin]), captureTimeout: 500 });
}
