import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { carriesNewContent } from "./new-content.ts";

function docWith(text: string): Y.Doc {
  const doc = new Y.Doc();
  doc.getText("t").insert(0, text);
  return doc;
}

describe("carriesNewContent", () => {
  it("is false for what the document already has, including an empty diff", () => {
    const server = docWith("hallo");
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(carriesNewContent(server, Y.encodeStateAsUpdate(client))).toBe(false);
    expect(carriesNewContent(server, Y.encodeStateAsUpdate(client, Y.encodeStateVector(server)))).toBe(false);
  });

  it("is true for a new insertion", () => {
    const server = docWith("hallo");
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    client.getText("t").insert(0, "x");
    expect(carriesNewContent(server, Y.encodeStateAsUpdate(client))).toBe(true);
  });

  it("is true for a deletion of known content", () => {
    const server = docWith("hallo");
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(client);
    client.getText("t").delete(0, 2);
    expect(carriesNewContent(server, Y.encodeStateAsUpdate(client, sv))).toBe(true);
  });

  it("is false for a deletion the server already made", () => {
    const server = docWith("hallo");
    server.getText("t").delete(0, 1);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    expect(carriesNewContent(server, Y.encodeStateAsUpdate(client))).toBe(false);
  });
});
