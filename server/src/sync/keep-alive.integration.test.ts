import { docName } from "@quer/shared";
import * as decoding from "lib0/decoding";
import { afterEach, expect, test } from "vitest";
import { seedBoard, testServer } from "../testing/harness.ts";
import { Clients, waitFor } from "../testing/sync-clients.ts";
import { MessageType } from "./messages.ts";

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
const clients = new Clients();

afterEach(async () => {
  clients.closeAll();
  await server?.dispose();
  server = undefined;
});

test("a reader of a board nobody edits keeps hearing from the server, and the socket stays the same", async () => {
  server = await testServer({ syncKeepAliveMs: 40 });
  const board = seedBoard(server.services);
  const reader = clients.provider(server.url, docName("board", board.id));
  await waitFor(() => reader.provider.synced, "provider synced");
  const socket = reader.provider.ws;
  const before = reader.provider.wsLastMessageReceived;
  const ideasBefore = JSON.stringify(reader.ideas());
  // y-websocket drops a socket that received no message for 30 s; a proxy one that carried
  // no data for its read timeout. Nobody writes here, so only a keep-alive can arrive.
  await waitFor(() => reader.provider.wsLastMessageReceived >= before + 400, "messages on a quiet board");
  expect(reader.provider.ws).toBe(socket);
  expect(reader.closes).toEqual([]);
  expect(JSON.stringify(reader.ideas())).toBe(ideasBefore);
  expect(reader.provider.awareness.getStates().size).toBe(1);
});

test("the keep-alive is a presence message about nobody", async () => {
  server = await testServer({ syncKeepAliveMs: 40 });
  const board = seedBoard(server.services);
  const raw = await clients.raw(server.url, docName("board", board.id));
  const afterGreeting = raw.received.length;
  await waitFor(() => raw.received.length >= afterGreeting + 2, "keep-alive frames");
  const frame = raw.received[raw.received.length - 1] as Uint8Array;
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(MessageType.awareness);
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  expect(decoding.readVarUint(update)).toBe(0);
});
