import { afterEach, describe, expect, it, vi } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { caretIndex, markTyping, presenceChanges, readPresence, TYPING_PAUSE_MS } from "./presence.ts";

const anna = { id: "u-anna", name: "Anna", color: "#1d4ed8" };
const ben = { id: "u-ben", name: "Ben", color: "#047857" };

afterEach(() => {
  vi.useRealTimers();
});

describe("readPresence", () => {
  it("tells who is only here from who is typing, and in which field", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: ben, cursor: null, typing: null }],
      [2, { user: anna, cursor: { field: "body", head: { tname: "body" } }, typing: "body" }],
      [3, { user: { id: "me", name: "Ich", color: "#000" }, cursor: null }],
    ]);
    expect(readPresence(states, 99, "me")).toEqual([
      { ...anna, field: "body", caret: { tname: "body" }, typing: "body" },
      { ...ben, field: null, caret: null, typing: null },
    ]);
  });

  it("leaves out this tab, states without a server-set user, and odd field names", () => {
    const states = new Map<number, Record<string, unknown>>([
      [7, { user: anna, cursor: { field: "body" } }],
      [8, { cursor: { field: "title" }, typing: "title" }],
      [9, { user: { name: "Gefälscht" }, typing: "title" }],
      [10, { user: ben, cursor: { field: 42 }, typing: "x".repeat(100) }],
    ]);
    expect(readPresence(states, 7, undefined)).toEqual([{ ...ben, field: null, caret: null, typing: null }]);
  });

  it("reads a state by the shared definition: a malformed caret is no caret, side keys are gone", () => {
    const head = { item: { client: 5, clock: 9 }, assoc: -1 };
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: anna, cursor: { field: "body", head: { tname: "x".repeat(500) } }, typing: null }],
      [2, { user: ben, cursor: { field: "title", head: { ...head, script: "<b>" } }, typing: "title" }],
    ]);
    expect(readPresence(states, 0, undefined)).toEqual([
      { ...anna, field: null, caret: null, typing: null },
      { ...ben, field: "title", caret: head, typing: "title" },
    ]);
  });

  it("counts a person with two tabs once, typing if either tab types", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: anna, cursor: null, typing: null }],
      [2, { user: anna, cursor: { field: "title", head: null }, typing: "title" }],
      [3, { user: anna, cursor: { field: "body", head: null }, typing: null }],
    ]);
    expect(readPresence(states, 0, undefined)).toEqual([
      { ...anna, field: "title", caret: null, typing: "title" },
    ]);
  });
});

describe("presenceChanges", () => {
  it("tells who came, who went and who began typing", () => {
    const here = (who: typeof anna, typing: string | null) => ({
      ...who,
      field: typing,
      caret: null,
      typing,
    });
    expect(presenceChanges([here(anna, null)], [here(anna, "body"), here(ben, null)])).toEqual({
      joined: [here(ben, null)],
      left: [],
      startedTyping: [here(anna, "body")],
    });
    expect(presenceChanges([here(anna, "body"), here(ben, null)], [here(anna, "title")])).toEqual({
      joined: [],
      left: [here(ben, null)],
      startedTyping: [],
    });
  });
});

describe("markTyping", () => {
  it("says typing once per field, and clears it after a pause", () => {
    vi.useFakeTimers();
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ cursor: null, typing: null });
    const updates: unknown[] = [];
    awareness.on("change", () => updates.push(awareness.getLocalState()?.typing));
    markTyping(awareness, "body");
    markTyping(awareness, "body");
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    markTyping(awareness, "body");
    expect(awareness.getLocalState()?.typing).toBe("body");
    vi.advanceTimersByTime(TYPING_PAUSE_MS - 1);
    expect(awareness.getLocalState()?.typing).toBe("body");
    vi.advanceTimersByTime(1);
    expect(awareness.getLocalState()?.typing).toBeNull();
    expect(updates).toEqual(["body", null]);
    awareness.destroy();
  });
});

describe("caretIndex", () => {
  it("finds another person's caret in this copy of the text, or nothing for junk", () => {
    const doc = new Y.Doc();
    const text = doc.getText("body");
    text.insert(0, "Holz");
    const caret = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 2, -1));
    text.insert(0, ">>");
    expect(caretIndex(caret, text)).toBe(4);
    expect(caretIndex(caret, doc.getText("title"))).toBeNull();
    expect(caretIndex({ nonsense: true }, text)).toBeNull();
    expect(caretIndex("body", text)).toBeNull();
  });
});
