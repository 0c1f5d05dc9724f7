import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { LiveDoc } from "./live-doc.ts";
import { MessageType } from "./messages.ts";

/** Applies a sync answer to `doc` as a client would. */
function receive(doc: Y.Doc, answer: Uint8Array): void {
  const decoder = decoding.createDecoder(answer);
  expect(decoding.readVarUint(decoder)).toBe(MessageType.sync);
  expect(decoding.readVarUint(decoder)).toBe(syncProtocol.messageYjsSyncStep2);
  Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
}

const EMPTY = Y.encodeStateVector(new Y.Doc());

describe("LiveDoc.answer", () => {
  it("gives every client that has nothing the same encoding, made once, until the document changes", () => {
    const live = new LiveDoc({ kind: "board", id: "b1", name: "board:b1" });
    live.doc.getMap("ideas").set("a", "Bänke");
    const first = live.answer(EMPTY);
    expect(live.answer(EMPTY)).toBe(first);
    const phone = new Y.Doc();
    receive(phone, first);
    expect(phone.getMap("ideas").toJSON()).toEqual({ a: "Bänke" });

    live.doc.getMap("ideas").set("b", "Licht");
    const second = live.answer(EMPTY);
    expect(second).not.toBe(first);
    const late = new Y.Doc();
    receive(late, second);
    expect(late.getMap("ideas").toJSON()).toEqual({ a: "Bänke", b: "Licht" });
    live.destroy();
  });

  it("answers a client that has part of the document with only what it lacks", () => {
    const live = new LiveDoc({ kind: "board", id: "b1", name: "board:b1" });
    live.doc.getMap("ideas").set("a", "Bänke");
    const phone = new Y.Doc();
    receive(phone, live.answer(EMPTY));
    live.doc.getMap("ideas").set("b", "Licht");
    const diff = live.answer(Y.encodeStateVector(phone));
    expect(diff.byteLength).toBeLessThan(live.answer(EMPTY).byteLength);
    receive(phone, diff);
    expect(phone.getMap("ideas").toJSON()).toEqual({ a: "Bänke", b: "Licht" });
    live.destroy();
  });

  it("encodes the answer to the same partial state once until the document changes", () => {
    const live = new LiveDoc({ kind: "board", id: "b1", name: "board:b1" });
    live.doc.getMap("ideas").set("a", "Bänke");
    const phone = new Y.Doc();
    receive(phone, live.answer(EMPTY));
    live.doc.getMap("ideas").set("b", "Licht");
    const vector = Y.encodeStateVector(phone);
    const first = live.answer(vector);
    // Asked again, by this phone or another with the same copy: the same bytes, not a new encoding.
    expect(live.answer(Uint8Array.from(vector))).toBe(first);
    live.doc.getMap("ideas").set("c", "Wasser");
    const after = live.answer(vector);
    expect(after).not.toBe(first);
    receive(phone, after);
    expect(phone.getMap("ideas").toJSON()).toEqual({ a: "Bänke", b: "Licht", c: "Wasser" });
    live.destroy();
  });
});
