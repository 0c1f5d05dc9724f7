import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import { colorFor, MAX_PRESENCE_STATE, rewritePresence } from "./presence.ts";

const anna = { id: "u-anna", name: "Anna", color: colorFor("u-anna") };
const caret = {
  field: "body",
  anchor: { tname: "body" },
  head: { item: { client: 7, clock: 3 }, assoc: -1 },
};

function updateFrom(state: Record<string, unknown> | null): { update: Uint8Array; clientId: number } {
  const doc = new Y.Doc();
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState(state);
  return {
    update: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]),
    clientId: doc.clientID,
  };
}

function applied(update: Uint8Array) {
  const target = new awarenessProtocol.Awareness(new Y.Doc());
  awarenessProtocol.applyAwarenessUpdate(target, update, "test");
  return target.getStates();
}

describe("rewritePresence", () => {
  it("replaces a forged identity with the server's", () => {
    const { update, clientId } = updateFrom({
      user: { name: "Die Managerin", id: "m1" },
      cursor: caret,
      typing: null,
    });
    const result = rewritePresence(update, anna, () => true);
    expect(result?.clientIds).toEqual([clientId]);
    const state = applied(result?.update as Uint8Array).get(clientId);
    expect(state).toEqual({ user: anna, cursor: caret, typing: null });
  });

  it("relays only the known fields, and those only when well-formed", () => {
    const { update, clientId } = updateFrom({
      user: { ...anna, id: "manager", name: "Die Managerin", admin: true },
      cursor: { field: "body", head: { tname: "x".repeat(1500) } },
      typing: 42,
      html: "<img src=x onerror=alert(1)>",
      marker: 1,
    });
    const result = rewritePresence(update, anna, () => true);
    expect(applied(result?.update as Uint8Array).get(clientId)).toEqual({ user: anna });
  });

  it("keeps well-formed fields beside malformed ones, without what they carry on the side", () => {
    const { update, clientId } = updateFrom({
      cursor: { ...caret, head: { ...caret.head, padding: "x".repeat(1500) }, colour: "red" },
      typing: ["title"],
      junk: { deep: [1, 2, 3] },
    });
    const result = rewritePresence(update, anna, () => true);
    expect(applied(result?.update as Uint8Array).get(clientId)).toEqual({ user: anna, cursor: caret });
  });

  it("drops states for client ids the connection does not own", () => {
    const { update } = updateFrom({ cursor: caret });
    expect(rewritePresence(update, anna, () => false)).toBeNull();
  });

  it("empties oversized states but keeps the identity", () => {
    const { update, clientId } = updateFrom({ cursor: caret, junk: "x".repeat(MAX_PRESENCE_STATE * 2) });
    const result = rewritePresence(update, anna, () => true);
    expect(applied(result?.update as Uint8Array).get(clientId)).toEqual({ user: anna });
  });

  it("passes a removal (null state) through", () => {
    const { update, clientId } = updateFrom(null);
    const result = rewritePresence(update, anna, () => true);
    expect(result?.clientIds).toEqual([clientId]);
  });

  it("gives each person a stable colour", () => {
    expect(colorFor("abc")).toBe(colorFor("abc"));
    expect(colorFor("abc")).toMatch(/^#[0-9a-f]{6}$/);
  });
});
