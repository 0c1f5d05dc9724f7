import type { Server } from "node:http";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { type WebSocket, WebSocketServer } from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";

/**
 * The yardstick: the smallest y-websocket relay on y-protocols. One Y.Doc per room, no
 * auth, no persistence, no limits. It does what any relay must (apply, encode once,
 * send to every other socket) and nothing Quer adds (permissions, durability, SQL).
 */

const SYNC = 0;
const AWARENESS = 1;

interface Room {
  doc: Y.Doc;
  sockets: Set<WebSocket>;
}

function updateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function attachRelay(server: Server): void {
  const rooms = new Map<string, Room>();
  const wss = new WebSocketServer({ server });

  const roomOf = (name: string): Room => {
    const existing = rooms.get(name);
    if (existing) return existing;
    const room: Room = { doc: new Y.Doc(), sockets: new Set() };
    room.doc.on("update", (update: Uint8Array, origin: unknown) => {
      const frame = updateFrame(update);
      for (const ws of room.sockets) if (ws !== origin) ws.send(frame, { binary: true });
    });
    rooms.set(name, room);
    return room;
  };

  wss.on("connection", (ws, req) => {
    // y-websocket puts the room after the last slash of the URL.
    const name = decodeURIComponent((req.url ?? "/").split("?")[0]?.split("/").pop() ?? "");
    const room = roomOf(name);
    room.sockets.add(ws);
    const hello = encoding.createEncoder();
    encoding.writeVarUint(hello, SYNC);
    syncProtocol.writeSyncStep1(hello, room.doc);
    ws.send(encoding.toUint8Array(hello), { binary: true });

    ws.on("message", (data: Buffer) => {
      const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type === SYNC) {
        const reply = encoding.createEncoder();
        encoding.writeVarUint(reply, SYNC);
        syncProtocol.readSyncMessage(decoder, reply, room.doc, ws);
        if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply), { binary: true });
      } else if (type === AWARENESS) {
        for (const other of room.sockets) if (other !== ws) other.send(message, { binary: true });
      }
    });
    ws.on("close", () => {
      room.sockets.delete(ws);
      if (room.sockets.size === 0) {
        room.doc.destroy();
        rooms.delete(name);
      }
    });
  });
}
