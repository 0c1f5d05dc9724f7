import { describe, expect, it } from "vitest";
import { readPresenceState, readRelativePosition } from "./presence.ts";

const anna = { id: "u-anna", name: "Anna", color: "#1d4ed8" };
// As `Y.relativePositionToJSON` writes them: a caret after a letter, and one at a root's end.
const afterLetter = { item: { client: 3_141_592, clock: 12 }, assoc: -1 };
const atEnd = { tname: "body" };

describe("readPresenceState", () => {
  it("keeps an honest editor's state as it is", () => {
    const state = { user: anna, cursor: { field: "body", anchor: atEnd, head: afterLetter }, typing: "body" };
    expect(readPresenceState(state)).toEqual(state);
    expect(readPresenceState({ cursor: null, typing: null })).toEqual({ cursor: null, typing: null });
  });

  it("drops keys it does not know, at the top and inside a cursor and its positions", () => {
    const state = {
      user: { ...anna, admin: true },
      cursor: { field: "title", head: { ...afterLetter, html: "<b>" }, colour: "red" },
      typing: null,
      marker: 1,
      html: "<img src=x>",
    };
    expect(readPresenceState(state)).toEqual({
      user: anna,
      cursor: { field: "title", head: afterLetter },
      typing: null,
    });
  });

  it("drops a malformed field and keeps the others", () => {
    expect(readPresenceState({ user: anna, cursor: 4, typing: "body" })).toEqual({
      user: anna,
      typing: "body",
    });
    expect(readPresenceState({ cursor: { field: 42 }, typing: 7 })).toEqual({});
    expect(readPresenceState({ cursor: { field: "x".repeat(41) }, typing: "x".repeat(41) })).toEqual({});
    expect(readPresenceState({ cursor: { field: "" }, typing: "" })).toEqual({});
    expect(readPresenceState({ typing: ["body"] })).toEqual({});
  });

  it("drops a cursor whose ends are not relative positions", () => {
    const bad = [
      "body",
      [],
      {},
      { tname: "x".repeat(5000) },
      { item: { client: -1, clock: 0 } },
      { item: { client: 1, clock: 0.5 } },
      { item: { client: "1", clock: 0 } },
      { type: "root" },
      { tname: "body", assoc: 7 },
    ];
    for (const head of bad) {
      expect(readPresenceState({ cursor: { field: "body", head } }), JSON.stringify(head)).toEqual({});
    }
    expect(readPresenceState({ cursor: { field: "body", anchor: { tname: 1 }, head: atEnd } })).toEqual({});
  });

  it("takes absent or null ends as a cursor without that end", () => {
    expect(readPresenceState({ cursor: { field: "body", anchor: null } })).toEqual({
      cursor: { field: "body" },
    });
  });

  it("drops a user that is not a whole identity", () => {
    for (const user of [
      { name: "Die Managerin", id: "m1" },
      { ...anna, color: "red" },
      { ...anna, name: "" },
      { ...anna, name: "x".repeat(500) },
      "Anna",
    ]) {
      expect(readPresenceState({ user, typing: null })).toEqual({ typing: null });
    }
  });

  it("is null for anything but an object", () => {
    for (const raw of [null, undefined, 4, "state", [], [{ typing: "body" }]]) {
      expect(readPresenceState(raw)).toBeNull();
    }
  });
});

describe("readRelativePosition", () => {
  it("rebuilds the position from its four keys, a null ID counting as none", () => {
    expect(
      readRelativePosition({ type: { client: 1, clock: 2 }, tname: null, item: null, assoc: 0 }),
    ).toEqual({
      type: { client: 1, clock: 2 },
      assoc: 0,
    });
  });
});
