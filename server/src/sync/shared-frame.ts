import type { Duplex } from "node:stream";
import type { WebSocket } from "ws";

/** Frames at least this large are deflated per socket (permessage-deflate); smaller ones never. */
export const COMPRESS_FROM_BYTES = 16 * 1024;

/**
 * Only large frames are compressed: a big board's first sync shrinks several times over,
 * while the many small live updates of a busy evening cost no deflate at all. `ws` only
 * honours the threshold without context takeover, hence that setting. `ws` keeps each
 * socket's deflate stream for the socket's life: with zlib's defaults that is about
 * 300 KB of native memory per phone. A 2 KiB window and memLevel 5 take 24 KiB and
 * compress a 2 000-idea board's first sync just as well (731 KB → 108 KB, against 113 KB).
 */
export const perMessageDeflate = {
  threshold: COMPRESS_FROM_BYTES,
  serverNoContextTakeover: true,
  serverMaxWindowBits: 11,
  zlibDeflateOptions: { level: 4, memLevel: 5 },
};

/**
 * One message for many sockets, framed once. `ws` frames every send anew: a header
 * buffer, then a corked pair of writes per socket. A live update to 200 phones is the
 * same bytes 200 times, so the whole frame is built once and written as one buffer.
 */
export class SharedFrame {
  private bytes: Buffer | undefined;

  constructor(readonly message: Uint8Array) {}

  /** The complete WebSocket frame: FIN, binary, unmasked (server to client), uncompressed. */
  get frame(): Buffer {
    this.bytes ??= binaryFrame(this.message);
    return this.bytes;
  }
}

function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  const head = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + length);
  frame[0] = 0x82;
  if (length < 126) {
    frame[1] = length;
  } else if (length < 65_536) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.set(payload, head);
  return frame;
}

/** The parts of a `ws` socket that decide whether a ready frame may be written directly. */
interface WsInternals {
  _socket?: Duplex;
  _sender?: { _state?: number; _queue?: unknown[] };
}

/**
 * The socket a ready frame can be written to without overtaking anything, or null. `ws`
 * queues sends behind a frame it is still deflating; writing past that queue would
 * reorder messages, so then (or if `ws` ever stops exposing these) the caller sends
 * through `ws` as usual. The `ws` version is pinned, and a test checks this path is taken.
 */
export function directSocket(ws: WebSocket): Duplex | null {
  const { _socket: socket, _sender: sender } = ws as unknown as WsInternals;
  if (!socket?.writable || !sender || sender._state !== 0 || sender._queue?.length !== 0) return null;
  return socket;
}
