// Deep imports: these modules are zod-free, the package index is not.
import { CloseCode } from "@quer/shared/sync/close-codes";
import type { PresenceState } from "@quer/shared/sync/presence";
import * as encoding from "lib0/encoding";
import { type Accessor, createSignal, onCleanup } from "solid-js";
import { IndexeddbPersistence } from "y-indexeddb";
import * as syncProtocol from "y-protocols/sync";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type ConnectionState, claimConnection, deriveState } from "../sync/connection.ts";
import { openDoc } from "../sync/open-doc.ts";

/** Origin of this person's own edits: the undo manager tracks exactly these. */
export const LOCAL = Symbol("local edit");

/**
 * `saved`: the server holds every change made here. `sending`: connected, a change is on
 * its way. `offline`: changes wait for the connection (kept in IndexedDB meanwhile).
 */
export type SaveState = "saved" | "sending" | "offline";

/** Why the document stopped: a writer lost write access, or it cannot be read any more. */
export type Ended = "writeLost" | "closed";

export interface CoeditDoc {
  doc: Y.Doc;
  /** Null for readers: the server relays presence for writers only. */
  provider: WebsocketProvider;
  /** True once the first sync with the server (or the offline copy) filled the document. */
  ready: Accessor<boolean>;
  save: Accessor<SaveState>;
  connection: Accessor<ConnectionState>;
  ended: Accessor<Ended | undefined>;
}

/** How long typing may pause before the server is asked to confirm what it holds. */
const CONFIRM_AFTER_MS = 250;

/**
 * Opens a co-edited document (`idea:<id>`, `project:<id>`). Must be called inside a
 * component: everything closes with it.
 *
 * Writers keep an offline copy in IndexedDB, so they can go on writing without a network;
 * Yjs merges the copy when the socket is back. Readers keep nothing and send no presence:
 * a reader's socket that carried anything new would be closed by the server.
 *
 * Saved or not: the server handles a socket's messages in order and stores an update
 * before it handles the next message. So after local changes we send a sync step 1 of our
 * own; its answer (a step 2) proves that every change sent before it is stored.
 */
export function openCoeditDoc(name: string, opts: { write: boolean; onReset?: () => void }): CoeditDoc {
  const doc = new Y.Doc();
  const [ready, setReady] = createSignal(false);
  const [save, setSave] = createSignal<SaveState>("saved");
  const [ended, setEnded] = createSignal<Ended>();
  const [connection, setConnection] = createSignal<ConnectionState>("connecting");
  const indicator = claimConnection();
  let socket: "connecting" | "connected" | "disconnected" = "connecting";
  let everConnected = false;
  let closed = false;

  const persistence = opts.write ? new IndexeddbPersistence(name, doc) : null;
  persistence?.once("synced", () => setReady(true));

  const provider = openDoc(name, doc, { connect: false, onClosed: (code) => closedWith(code) });
  // Readers send no presence. Writers start with a real state: peers skip a state at the
  // awareness protocol's first clock (0), so an untouched `{}` would never be shown.
  const here: PresenceState = { cursor: null, typing: null };
  if (opts.write) provider.awareness.setLocalState(here);
  else provider.awareness.setLocalState(null);

  const showState = () => {
    const state = deriveState({ online: navigator.onLine, socket, everConnected, closed });
    setConnection(state);
    indicator.set(state);
  };

  // Changes made here (or loaded from the offline copy) that the server has not confirmed.
  let changes = 0;
  let confirmed = 0;
  let asking: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showSave = () => {
    if (changes === confirmed) setSave("saved");
    else setSave(provider.wsconnected ? "sending" : "offline");
  };

  const askServer = () => {
    clearTimeout(timer);
    const ws = provider.ws;
    if (asking !== null || changes === confirmed || !provider.wsconnected || !provider.synced || !ws) return;
    asking = changes;
    // The provider flips `synced` back to true when the answer (a step 2) arrives.
    provider.synced = false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0); // messageSync
    syncProtocol.writeSyncStep1(encoder, doc);
    ws.send(encoding.toUint8Array(encoder));
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) return;
    changes += 1;
    showSave();
    clearTimeout(timer);
    timer = setTimeout(askServer, CONFIRM_AFTER_MS);
  };
  if (opts.write) doc.on("update", onUpdate);

  provider.on("sync", (isSynced: boolean) => {
    if (!isSynced) return;
    setReady(true);
    if (asking !== null) {
      confirmed = asking;
      asking = null;
    }
    showSave();
    // After a reconnect the first step 2 may overtake what we sent; ask once more.
    if (changes !== confirmed) askServer();
  });
  provider.on("status", ({ status }) => {
    socket = status;
    if (status === "connected") everConnected = true;
    else asking = null;
    showState();
    showSave();
  });
  const closedWith = (code: number) => {
    if (code === CloseCode.blocked && !opts.write) {
      // Blocked: a reader reads on.
      provider.connect();
      return;
    }
    if (code === CloseCode.sessionEnded || code === CloseCode.blocked) {
      // Signed out elsewhere: the page reloads its permissions; reading may go on.
      closed = true;
      setEnded(opts.write ? "writeLost" : "closed");
    } else if (code === CloseCode.forbidden && opts.write) {
      closed = true;
      setEnded("writeLost");
    } else if (code === CloseCode.reset) {
      // The server rebuilt the document: our copy would be refused, so drop it.
      closed = true;
      void persistence?.clearData().finally(() => opts.onReset?.());
      if (!persistence) opts.onReset?.();
    } else {
      closed = true;
      setEnded("closed");
    }
    showState();
  };

  // The browser knows first when the network is gone; go offline with it, and back.
  const goOffline = () => {
    provider.disconnect();
    showState();
    showSave();
  };
  const goOnline = () => {
    if (!closed) provider.connect();
    showState();
  };
  window.addEventListener("offline", goOffline);
  window.addEventListener("online", goOnline);

  if (navigator.onLine) provider.connect();
  showState();

  onCleanup(() => {
    window.removeEventListener("offline", goOffline);
    window.removeEventListener("online", goOnline);
    clearTimeout(timer);
    doc.off("update", onUpdate);
    provider.awareness.setLocalState(null);
    provider.destroy();
    void persistence?.destroy();
    doc.destroy();
    indicator.release();
  });

  return { doc, provider, ready, save, connection, ended };
}
