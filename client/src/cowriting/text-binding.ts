import * as Y from "yjs";
import { type Delta, mapIndex } from "./text-delta.ts";

/**
 * What the binding needs of an `<input>` or `<textarea>`. Both satisfy it; the unit tests
 * hand it a small object of their own.
 */
export interface TextField {
  value: string;
  readonly selectionStart: number | null;
  readonly selectionEnd: number | null;
  readonly selectionDirection: string | null;
  setSelectionRange(start: number, end: number, direction?: "forward" | "backward" | "none"): void;
  addEventListener(type: string, listener: EventListener): void;
  removeEventListener(type: string, listener: EventListener): void;
  readonly ownerDocument: { readonly activeElement: unknown };
}

/** A selection as Yjs relative positions: it moves with the text others write around it. */
export interface RelativeSelection {
  anchor: Y.RelativePosition;
  head: Y.RelativePosition;
}

/**
 * The selection `start`–`end` of `text` as relative positions.
 *
 * A caret sticks to the letter before it (assoc -1), which is the letter its owner just
 * typed: when someone else types at the same spot, their letters land after the caret and
 * each person's letters follow their own. A selection's start sticks to its first letter
 * and its end to its last, so text others insert at either edge stays outside it.
 */
export function relativeSelection(
  text: Y.Text,
  start: number,
  end: number,
  backward: boolean,
): RelativeSelection {
  const from = Y.createRelativePositionFromTypeIndex(text, start, start === end ? -1 : 0);
  const to = start === end ? from : Y.createRelativePositionFromTypeIndex(text, end, -1);
  return backward ? { anchor: to, head: from } : { anchor: from, head: to };
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
function changeEnd(delta: Delta): number | null {
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
 *   relative positions (see `relativeSelection`), so they stay on the same letters however
 *   much text arrived before them or at the very spot.
 * - While an input method composes a word, nothing is written and others' edits wait: the
 *   word goes in once, at compositionend, placed among what arrived meanwhile.
 * - Ctrl/Cmd+Z undoes this person's own edits only (`undo` tracks `origin`); Ctrl+Shift+Z
 *   and Ctrl+Y redo. The browser's own history would undo others' text as well.
 * Returns the clean-up.
 */
export function bindText(
  el: TextField,
  text: Y.Text,
  opts: {
    origin: unknown;
    undo: Y.UndoManager;
    /** The selection while the field has focus, `null` when it loses it (for presence). */
    onSelection?: (selection: RelativeSelection | null) => void;
    /** This person changed the text here (typed, composed, undid): for presence. */
    onEdit?: () => void;
  },
): () => void {
  const doc = text.doc;
  if (!doc) throw new Error("bindText needs a Y.Text inside a document");
  let selection: RelativeSelection | null = null;
  // While composing: the text the field showed when the composition began, and what
  // others changed since (as Y.Text deltas, oldest first).
  let composition: { base: string; since: Delta[] } | null = null;

  el.value = text.toString();

  const focused = () => el.ownerDocument.activeElement === el;

  const select = (start: number, end: number, backward: boolean) => {
    selection = relativeSelection(text, start, end, backward);
    opts.onSelection?.(selection);
  };

  const storeSelection = () => {
    // Mid-composition the field holds letters the Y.Text has not got: indexes would lie.
    if (!focused() || composition) return;
    const start = el.selectionStart ?? 0;
    select(start, el.selectionEnd ?? start, el.selectionDirection === "backward");
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

  const onInput = (e: Event) => {
    opts.onEdit?.();
    if (composition || (e as Partial<InputEvent>).isComposing) return;
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
    if (composition) {
      composition.since.push(event.delta as Delta);
      return;
    }
    render(tr.origin === opts.undo ? changeEnd(event.delta as Delta) : null);
  };
  text.observe(observer);

  const onCompositionStart = () => {
    composition = { base: text.toString(), since: [] };
  };

  const onCompositionEnd = () => {
    if (!composition) return;
    const { base, since } = composition;
    composition = null;
    opts.onEdit?.();
    const value = el.value;
    const edit = minimalEdit(base, value, el.selectionEnd ?? value.length);
    // The edit is in the coordinates of `base`; carry its ends over what others did since.
    // A pure insertion sticks to the letter before it, as the caret does; a replacement
    // keeps text others put at its edges outside it.
    const through = (index: number, stickLeft: boolean) =>
      since.reduce((i, delta) => mapIndex(delta, i, stickLeft), index);
    const start = through(edit.index, edit.remove === 0);
    const end = Math.max(start, through(edit.index + edit.remove, true));
    if (end > start || edit.insert) {
      doc.transact(() => {
        if (end > start) text.delete(start, end - start);
        if (edit.insert) text.insert(start, edit.insert);
      }, opts.origin);
    }
    // The field's selection, also in the composed value's coordinates, carried over likewise.
    const insertEnd = edit.index + edit.insert.length;
    const place = (at: number) => {
      if (at <= edit.index) return through(at, true);
      if (at < insertEnd) return start + (at - edit.index);
      const after = Math.max(end, through(at - edit.insert.length + edit.remove, true));
      return after - (end - start) + edit.insert.length;
    };
    if (focused()) {
      const from = el.selectionStart ?? value.length;
      select(place(from), place(el.selectionEnd ?? from), el.selectionDirection === "backward");
    }
    render(null);
  };

  const history = (redo: boolean) => {
    opts.onEdit?.();
    if (redo) opts.undo.redo();
    else opts.undo.undo();
  };

  // Moving the caret starts a new undo step, as in any editor: typing in two places is
  // two steps, however quickly it happened.
  const newStep = () => opts.undo.stopCapturing();
  const onKeydown = (e: KeyboardEvent) => {
    if (composition || e.isComposing) return;
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
