import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocket } from "ws";
import * as syncProtocol from "y-protocols/sync";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type Markers, markersOf } from "./markers.ts";

/**
 * Clients that watch a document. A thin receiver speaks just enough of the y-websocket
 * protocol to be a real peer (answers the server's step 1, asks for the document, reads
 * updates) but keeps no Y.Doc: two hundred full documents in one process would apply
 * every update two hundred times and measure the load client instead of the server.
 */

const SYNC = 0;
/** An update that adds nothing: a fresh client's answer to the server's step 1. */
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

export type OnMarkers = (markers: Markers, now: number) => void;

export interface Watcher {
  /** Resolves when the first full sync (step 2) arrived. */
  synced: Promise<void>;
  /** Size of the first step-2 frame: what a fresh client downloads. */
  firstSyncBytes(): number;
  close(): void;
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function wsUrl(httpUrl: string, docName: string): string {
  return `${httpUrl.replace(/^http/, "ws")}/sync/${encodeURIComponent(docName)}`;
}

export function thinReceiver(
  httpUrl: string,
  docName: string,
  onMarkers: OnMarkers,
  opts: { origin?: string; cookie?: string } = {},
): Watcher {
  const headers: Record<string, string> = { origin: opts.origin ?? httpUrl };
  if (opts.cookie) headers.cookie = opts.cookie;
  const ws = new WebSocket(wsUrl(httpUrl, docName), { headers });
  let firstSync = 0;
  let resolveSynced: () => void = () => {};
  let rejectSynced: (e: Error) => void = () => {};
  const synced = new Promise<void>((resolve, reject) => {
    resolveSynced = resolve;
    rejectSynced = reject;
  });
  ws.on("open", () => {
    ws.send(
      frame((e) => {
        encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep1);
        encoding.writeVarUint8Array(e, EMPTY_STATE_VECTOR);
      }),
    );
  });
  ws.on("error", (error) => rejectSynced(error));
  ws.on("close", (code) => rejectSynced(new Error(`closed ${code} before sync`)));
  ws.on("message", (data: Buffer) => {
    const now = performance.now();
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    if (decoding.readVarUint(decoder) !== SYNC) return; // presence is not what we measure
    const kind = decoding.readVarUint(decoder);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      ws.send(
        frame((e) => {
          encoding.writeVarUint(e, syncProtocol.messageYjsSyncStep2);
          encoding.writeVarUint8Array(e, EMPTY_UPDATE);
        }),
      );
      return;
    }
    const update = decoding.readVarUint8Array(decoder);
    if (kind === syncProtocol.messageYjsSyncStep2 && firstSync === 0) {
      firstSync = data.byteLength;
      resolveSynced();
    }
    onMarkers(markersOf(update), now);
  });
  return { synced, firstSyncBytes: () => firstSync, close: () => ws.terminate() };
}

/** A `ws` class sending the headers a browser would (Origin, cookie). */
function socketClass(origin: string, cookie?: string): typeof globalThis.WebSocket {
  const headers: Record<string, string> = { origin };
  if (cookie) headers.cookie = cookie;
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  } as unknown as typeof globalThis.WebSocket;
}

export interface FullClient extends Watcher {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** A stock y-websocket client with its own Y.Doc, as a browser would run it. */
export function fullClient(
  httpUrl: string,
  docName: string,
  onMarkers: OnMarkers | null,
  opts: { origin?: string; cookie?: string } = {},
): FullClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${httpUrl.replace(/^http/, "ws")}/sync`, docName, doc, {
    WebSocketPolyfill: socketClass(opts.origin ?? httpUrl, opts.cookie),
    // Otherwise providers in one process talk over BroadcastChannel, past the server.
    disableBc: true,
    maxBackoffTime: 1000,
  });
  if (onMarkers) {
    doc.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin === provider) onMarkers(markersOf(update), performance.now());
    });
  }
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    else provider.once("sync", () => resolve());
  });
  return {
    doc,
    provider,
    synced,
    firstSyncBytes: () => 0,
    close: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
