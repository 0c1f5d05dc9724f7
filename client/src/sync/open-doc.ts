// Deep imports: these modules are zod-free, the package index is not.
import { CloseCode } from "@quer/shared/sync/close-codes";
import { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { reloadMe } from "../auth/session.ts";

export interface OpenDocOptions {
  /** False: the caller connects when it is ready (a co-edited document waits for the network). */
  connect?: boolean;
  /** Longest wait between reconnect attempts (y-websocket's default is 2.5 s). */
  maxBackoffTime?: number;
  /**
   * The server closed the socket for good with a code of its own (`CloseCode`; a 44xx code
   * stops y-websocket from reconnecting): what this document does about it.
   */
  onClosed?: (code: number) => void;
}

function syncUrl(): string {
  return `${location.origin.replace(/^http/, "ws")}/sync`;
}

/**
 * Opens the socket of one document (`/sync/<name>`, one socket per document): every live
 * document of the client comes through here. Tabs do not share documents over a
 * BroadcastChannel: each tab has its own socket and its own rights. A socket closed because
 * the person was blocked has the session ask again, so every page shows the notice.
 */
export function openDoc(name: string, doc: Y.Doc, opts: OpenDocOptions = {}): WebsocketProvider {
  const provider = new WebsocketProvider(syncUrl(), name, doc, {
    disableBc: true,
    connect: opts.connect ?? true,
    ...(opts.maxBackoffTime ? { maxBackoffTime: opts.maxBackoffTime } : {}),
  });
  provider.on("closed", ({ code }) => {
    if (code === CloseCode.blocked) void reloadMe();
    opts.onClosed?.(code);
  });
  return provider;
}
