import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { COMPRESS_FROM_BYTES, directSocket, perMessageDeflate, SharedFrame } from "./shared-frame.ts";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanups.splice(0)) f();
});

/** A real server and client socket pair, with permessage-deflate as the sync server offers it. */
async function pair(): Promise<{ server: WebSocket; client: WebSocket; received: Buffer[]; agreed: string }> {
  const wss = new WebSocketServer({ port: 0, perMessageDeflate });
  cleanups.push(() => wss.close());
  await new Promise<void>((resolve) => wss.once("listening", () => resolve()));
  const accepted = new Promise<WebSocket>((resolve) => wss.once("connection", resolve));
  const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
  cleanups.push(() => client.terminate());
  const received: Buffer[] = [];
  client.on("message", (data) => received.push(data as Buffer));
  let agreed = "";
  client.once("upgrade", (res) => {
    agreed = String(res.headers["sec-websocket-extensions"] ?? "");
  });
  await new Promise<void>((resolve) => client.once("open", () => resolve()));
  return { server: await accepted, client, received, agreed };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe("SharedFrame", () => {
  it("writes one ready frame that a standard client reads back byte for byte, at every length encoding", async () => {
    const { server, received } = await pair();
    const socket = directSocket(server);
    expect(socket).not.toBeNull();
    const messages = [5, 125, 126, 300, 65_535, 65_536, 70_000].map((n) =>
      Uint8Array.from({ length: n }, (_, i) => (i * 7 + n) % 256),
    );
    for (const m of messages) socket?.write(new SharedFrame(m).frame);
    await until(() => received.length === messages.length);
    expect(received.map((b) => new Uint8Array(b))).toEqual(messages);
  });

  it("negotiates a small deflate window, so an idle socket holds little native memory", async () => {
    const { agreed } = await pair();
    expect(agreed).toMatch(/server_no_context_takeover/);
    expect(agreed).toMatch(/server_max_window_bits=11/);
  });

  it("is not used while ws is still compressing an earlier, larger message", async () => {
    const { server, received } = await pair();
    server.send(Uint8Array.of(1, 2, 3), { binary: true });
    // A small message is sent uncompressed at once; nothing is left waiting.
    expect(directSocket(server)).not.toBeNull();
    server.send(Buffer.alloc(COMPRESS_FROM_BYTES * 4, 1), { binary: true });
    // Deflate runs off the main thread: writing past it now would overtake that message.
    expect(directSocket(server)).toBeNull();
    server.send(Uint8Array.of(9), { binary: true });
    await until(() => received.length === 3);
    expect(received.map((b) => b.byteLength)).toEqual([3, COMPRESS_FROM_BYTES * 4, 1]);
    expect(directSocket(server)).not.toBeNull();
  });
});
