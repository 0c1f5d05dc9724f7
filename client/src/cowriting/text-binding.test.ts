import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindText, minimalEdit, personalUndo, type TextField } from "./text-binding.ts";
import { mapIndex } from "./text-delta.ts";

/**
 * A text field as a browser keeps it, without a browser: setting `value` puts the caret at
 * the end (as a real textarea does), typing replaces the selection and fires `input`.
 */
class Field implements TextField {
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: string | null = "none";
  composing = false;
  readonly ownerDocument: { activeElement: unknown } = { activeElement: null };
  private text = "";
  private readonly listeners = new Map<string, Set<EventListener>>();

  get value(): string {
    return this.text;
  }
  set value(next: string) {
    this.text = next;
    this.selectionStart = next.length;
    this.selectionEnd = next.length;
  }
  setSelectionRange(start: number, end: number, direction: "forward" | "backward" | "none" = "none"): void {
    this.selectionStart = start;
    this.selectionEnd = end;
    this.selectionDirection = direction;
  }
  addEventListener(type: string, listener: EventListener): void {
    const set = this.listeners.get(type) ?? new Set();
    set.add(listener);
    this.listeners.set(type, set);
  }
  removeEventListener(type: string, listener: EventListener): void {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string, props: Record<string, unknown> = {}): { defaultPrevented: boolean } {
    const event = {
      type,
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
      ...props,
    };
    for (const fn of this.listeners.get(type) ?? []) fn(event as unknown as Event);
    return event;
  }

  focus(): void {
    this.ownerDocument.activeElement = this;
    this.fire("focus");
  }
  blur(): void {
    this.ownerDocument.activeElement = null;
    this.fire("blur");
  }
  select(start: number, end = start, direction: "forward" | "backward" = "forward"): void {
    this.setSelectionRange(start, end, direction);
    this.fire("select");
  }
  get caret(): number {
    return this.selectionEnd;
  }
  /** Replaces the selection with `letters`, as typing or pasting does. */
  type(letters: string): void {
    const start = this.selectionStart;
    this.text = this.text.slice(0, start) + letters + this.text.slice(this.selectionEnd);
    this.setSelectionRange(start + letters.length, start + letters.length);
    this.fire("input", { inputType: "insertText", isComposing: this.composing });
  }
  backspace(): void {
    const start = this.selectionStart === this.selectionEnd ? this.selectionStart - 1 : this.selectionStart;
    this.text = this.text.slice(0, start) + this.text.slice(this.selectionEnd);
    this.setSelectionRange(start, start);
    this.fire("input", { inputType: "deleteContentBackward", isComposing: false });
  }
  /** An input method writes `word` letter by letter, each a new state of the composition. */
  compose(steps: string[]): void {
    this.composing = true;
    this.fire("compositionstart");
    const start = this.selectionStart;
    let shown = this.selectionEnd - start;
    for (const step of steps) {
      this.text = this.text.slice(0, start) + step + this.text.slice(start + shown);
      shown = step.length;
      this.setSelectionRange(start + shown, start + shown);
      this.fire("input", { inputType: "insertCompositionText", isComposing: true });
    }
  }
  endComposition(): void {
    this.composing = false;
    this.fire("compositionend");
  }
}

const LOCAL = Symbol("local");
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const fn of cleanups.splice(0)) fn();
});

/** One person: a document, a field bound to its `body`, an undo history of their own. */
function person(initial?: Uint8Array) {
  const doc = new Y.Doc();
  if (initial) Y.applyUpdate(doc, initial);
  const text = doc.getText("body");
  const undo = personalUndo([text], LOCAL);
  const field = new Field();
  const edits: number[] = [];
  cleanups.push(bindText(field, text, { origin: LOCAL, undo, onEdit: () => edits.push(1) }));
  field.focus();
  return { doc, text, undo, field, edits };
}

/**
 * Two people on one text. Updates travel only when `deliver()` is called, so a test
 * decides what each has seen when they type.
 */
function pair(start: string) {
  const seed = new Y.Doc();
  seed.getText("body").insert(0, start);
  const state = Y.encodeStateAsUpdate(seed);
  const a = person(state);
  const b = person(state);
  const toA: Uint8Array[] = [];
  const toB: Uint8Array[] = [];
  a.doc.on("update", (u: Uint8Array, origin: unknown) => origin !== "remote" && toB.push(u));
  b.doc.on("update", (u: Uint8Array, origin: unknown) => origin !== "remote" && toA.push(u));
  const deliver = () => {
    for (const u of toA.splice(0)) Y.applyUpdate(a.doc, u, "remote");
    for (const u of toB.splice(0)) Y.applyUpdate(b.doc, u, "remote");
  };
  return { a, b, deliver };
}

describe("minimalEdit", () => {
  it("places an insert where the caret is, even among equal characters", () => {
    expect(minimalEdit("aa", "aaa", 1)).toEqual({ index: 0, remove: 0, insert: "a" });
    expect(minimalEdit("aa", "aaa", 2)).toEqual({ index: 1, remove: 0, insert: "a" });
    expect(minimalEdit("aa", "aaa", 3)).toEqual({ index: 2, remove: 0, insert: "a" });
  });

  it("turns a replaced selection into one delete and one insert", () => {
    expect(minimalEdit("Bank am Park", "Bank im Park", 6)).toEqual({ index: 5, remove: 1, insert: "i" });
    expect(minimalEdit("Hallo Welt", "Hallo", 5)).toEqual({ index: 5, remove: 5, insert: "" });
  });

  it("does nothing for equal text", () => {
    expect(minimalEdit("gleich", "gleich", 3)).toMatchObject({ remove: 0, insert: "" });
  });
});

describe("mapIndex", () => {
  it("moves an index over inserts before it and deletes around it", () => {
    expect(mapIndex([{ insert: "ab" }], 3, true)).toBe(5);
    expect(mapIndex([{ retain: 3 }, { insert: "ab" }], 3, true)).toBe(3);
    expect(mapIndex([{ retain: 3 }, { insert: "ab" }], 3, false)).toBe(5);
    expect(mapIndex([{ retain: 1 }, { delete: 4 }], 3, true)).toBe(1);
    expect(mapIndex([{ retain: 5 }, { delete: 4 }], 3, true)).toBe(3);
  });
});

describe("bindText with two people", () => {
  it("keeps each person's letters together when both type at the same spot", () => {
    const { a, b, deliver } = pair("Material: ");
    a.field.select(10);
    b.field.select(10);
    const erika = "Erika: Holz. ";
    const hans = "Hans: Metall.";
    for (let i = 0; i < Math.max(erika.length, hans.length); i++) {
      // Each letter reaches the other before the next is typed: the worst case for carets.
      if (i < erika.length) a.field.type(erika.charAt(i));
      deliver();
      if (i < hans.length) b.field.type(hans.charAt(i));
      deliver();
    }
    expect(a.text.toString()).toBe(b.text.toString());
    expect(a.field.value).toBe(a.text.toString());
    expect(b.field.value).toBe(b.text.toString());
    expect(a.text.toString()).toContain(erika);
    expect(a.text.toString()).toContain(hans);
    expect(a.text.toString().startsWith("Material: ")).toBe(true);
  });

  it("keeps the caret before text another person writes exactly at it, and after text before it", () => {
    const { a, b, deliver } = pair("abc");
    a.field.select(2);
    b.field.select(2);
    b.field.type("XY");
    deliver();
    expect(a.field.value).toBe("abXYc");
    expect([a.field.selectionStart, a.field.selectionEnd]).toEqual([2, 2]);
    b.field.select(0);
    b.field.type("12");
    deliver();
    expect(a.field.value).toBe("12abXYc");
    expect(a.field.caret).toBe(4);
    a.field.type("!");
    deliver();
    expect(b.text.toString()).toBe("12ab!XYc");
  });

  it("keeps a selection on its letters: others' text at its edges stays outside, inside grows it", () => {
    const { a, b, deliver } = pair("Bank am Park");
    a.field.select(5, 7, "backward"); // "am"
    b.field.select(5);
    b.field.type("<");
    b.field.select(8);
    b.field.type(">");
    deliver();
    expect(a.field.value).toBe("Bank <am> Park");
    expect([a.field.selectionStart, a.field.selectionEnd, a.field.selectionDirection]).toEqual([
      6,
      8,
      "backward",
    ]);
    b.field.select(7);
    b.field.type("-");
    deliver();
    expect(a.field.value.slice(a.field.selectionStart, a.field.selectionEnd)).toBe("a-m");
    // Typing over it replaces exactly those letters.
    a.field.type("im");
    deliver();
    expect(b.field.value).toBe("Bank <im> Park");
  });

  it("pulls the caret back when others delete the text it stood in, and carries deletions both ways", () => {
    const { a, b, deliver } = pair("eins zwei drei");
    a.field.select(9); // after "zwei"
    b.field.select(4, 9);
    b.field.backspace();
    deliver();
    expect(a.field.value).toBe("eins drei");
    expect(a.field.caret).toBe(4);
    a.field.select(9);
    a.field.backspace();
    a.field.backspace();
    deliver();
    expect(b.field.value).toBe("eins dr");
  });

  it("does not touch a field without focus beyond its value", () => {
    const { a, b, deliver } = pair("Text");
    a.field.blur();
    b.field.select(4);
    b.field.type(" mehr");
    deliver();
    expect(a.field.value).toBe("Text mehr");
  });
});

describe("bindText with an input method", () => {
  it("writes nothing while composing, and the word once at compositionend", () => {
    const { a, b, deliver } = pair("Ich mag ");
    a.field.select(8);
    const updates: Uint8Array[] = [];
    a.doc.on("update", (u: Uint8Array) => updates.push(u));
    a.field.compose(["に", "にほ", "にほん", "日本"]);
    expect(a.text.toString()).toBe("Ich mag ");
    expect(updates).toHaveLength(0);
    a.field.endComposition();
    expect(updates).toHaveLength(1);
    deliver();
    expect(b.text.toString()).toBe("Ich mag 日本");
    expect(a.field.caret).toBe(10);
  });

  it("leaves the composed word alone when others write meanwhile, then merges both", () => {
    const { a, b, deliver } = pair("Tee und ");
    a.field.select(8);
    a.field.compose(["か", "かふ", "カフェ"]);
    b.field.select(0);
    b.field.type("Grüner ");
    b.field.select(b.field.value.length);
    b.field.type("!");
    deliver();
    // The field still shows the word being composed, untouched.
    expect(a.field.value).toBe("Tee und カフェ");
    a.field.endComposition();
    expect(a.text.toString()).toBe("Grüner Tee und カフェ!");
    expect(a.field.value).toBe("Grüner Tee und カフェ!");
    expect(a.field.caret).toBe("Grüner Tee und カフェ".length);
    deliver();
    expect(b.text.toString()).toBe("Grüner Tee und カフェ!");
  });

  it("replaces the composed-over selection, keeping others' deletions", () => {
    const { a, b, deliver } = pair("ein Haus hier");
    a.field.select(4, 8); // "Haus"
    a.field.compose(["い", "家"]);
    b.field.select(0, 4);
    b.field.backspace();
    deliver();
    a.field.endComposition();
    expect(a.field.value).toBe("家 hier");
    deliver();
    expect(b.field.value).toBe("家 hier");
  });
});

describe("bindText undo", () => {
  it("undoes this person's own edits only, with the caret where the change was", () => {
    const { a, b, deliver } = pair("Mitte");
    a.field.select(0);
    a.field.type("Anfang ");
    a.undo.stopCapturing();
    deliver();
    b.field.select(b.field.value.length);
    b.field.type(" Ende");
    deliver();
    const key = a.field.fire("keydown", {
      key: "z",
      ctrlKey: true,
      metaKey: false,
      altKey: false,
      shiftKey: false,
    });
    expect(key.defaultPrevented).toBe(true);
    expect(a.field.value).toBe("Mitte Ende");
    expect(a.field.caret).toBe(0);
    deliver();
    expect(b.field.value).toBe("Mitte Ende");
    // Redo (Ctrl+Y) brings it back; B's undo has nothing of A's to take back.
    a.field.fire("keydown", { key: "y", ctrlKey: true, metaKey: false, altKey: false, shiftKey: false });
    expect(a.field.value).toBe("Anfang Mitte Ende");
    deliver();
    b.undo.undo();
    deliver();
    expect(a.field.value).toBe("Anfang Mitte");
  });

  it("reports every edit of its own, and none of others", () => {
    const { a, b, deliver } = pair("x");
    b.field.type("y");
    deliver();
    expect(a.edits).toHaveLength(0);
    a.field.type("z");
    a.field.fire("beforeinput", { inputType: "historyUndo" });
    expect(a.edits).toHaveLength(2);
  });
});
