// Deep imports: these modules are zod-free, the package index is not.
import { BOARD_PROJECTS, type BoardDocProject, readBoardDocProject } from "@quer/shared/projects/live";
import {
  BOARD_IDEAS,
  BOARD_META,
  type BoardDocIdea,
  type BoardDocMeta,
  readBoardIdea,
} from "@quer/shared/sync/board-doc";
import { CloseCode } from "@quer/shared/sync/close-codes";
import { docName } from "@quer/shared/sync/doc-names";
import type { Accessor, Setter } from "solid-js";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { type ConnectionState, claimConnection, deriveState } from "./connection.ts";
import { openDoc } from "./open-doc.ts";

/**
 * Documents kept after leaving a board: coming back shows the last state at once, and
 * the reconnect only fetches what changed. The board document is server-written, so a
 * kept copy is always a prefix of the server's and never conflicts.
 */
const kept = new Map<string, Y.Doc>();
const KEEP_AT_MOST = 5;

function keptDoc(name: string): Y.Doc {
  const existing = kept.get(name);
  if (existing) return existing;
  const doc = new Y.Doc();
  kept.set(name, doc);
  for (const old of kept.keys()) {
    if (kept.size <= KEEP_AT_MOST) break;
    if (old !== name) {
      kept.get(old)?.destroy();
      kept.delete(old);
    }
  }
  return doc;
}

export interface BoardHooks {
  onNew?: (idea: BoardDocIdea) => void;
  onChange?: (apply: () => void) => void;
  /** False when another live document on the page owns the connection indicator. */
  indicator?: boolean;
  /** Longest wait between reconnect attempts (y-websocket's default is 2.5 s). */
  maxBackoffTime?: number;
  /** The server ended read access (4403): the board was made private, say. */
  onRefused?: () => void;
}

export interface BoardSignals {
  ideas: Accessor<ReadonlyMap<string, BoardDocIdea>>;
  setIdeas: Setter<ReadonlyMap<string, BoardDocIdea>>;
  setMeta: Setter<Partial<BoardDocMeta>>;
  synced: Accessor<boolean>;
  setSynced: Setter<boolean>;
  setProjects: Setter<ReadonlyMap<string, BoardDocProject>>;
}

/** The board's projects; an entry that is not whole is left out (the page keeps its answer). */
function readProjects(doc: Y.Doc): ReadonlyMap<string, BoardDocProject> {
  const projects = new Map<string, BoardDocProject>();
  for (const [id, value] of doc.getMap<unknown>(BOARD_PROJECTS)) {
    const entry = value instanceof Y.Map ? readBoardDocProject(value.toJSON()) : null;
    if (entry) projects.set(id, entry);
  }
  return projects;
}

/**
 * Connects `board:<id>` read-only and feeds the page's signals; returns the function
 * that stops it. Loaded on demand by `openLiveBoard`, so Yjs is not on the critical path
 * of a board's first paint.
 */
export function connectBoard(boardId: string, hooks: BoardHooks, out: BoardSignals): () => void {
  const name = docName("board", boardId);
  const { ideas, setIdeas, setMeta, synced, setSynced, setProjects } = out;
  let socket: "connecting" | "connected" | "disconnected" = "connecting";
  let everConnected = false;
  let closed = false;
  let doc = keptDoc(name);
  let provider: WebsocketProvider;
  const indicator =
    hooks.indicator === false
      ? { set: (_state: ConnectionState) => {}, release: () => {} }
      : claimConnection();

  const showState = () =>
    indicator.set(deriveState({ online: navigator.onLine, socket, everConnected, closed }));

  const read = () => {
    const next = new Map<string, BoardDocIdea>();
    for (const [id, value] of doc.getMap<unknown>(BOARD_IDEAS)) {
      // An entry a page cannot show is skipped; the rest of the board still shows.
      const entry = value instanceof Y.Map ? readBoardIdea(value.toJSON(), id) : undefined;
      if (entry) next.set(id, entry);
    }
    const before = ideas();
    const apply = () => {
      setIdeas(next);
      setMeta(doc.getMap(BOARD_META).toJSON() as Partial<BoardDocMeta>);
      setProjects(readProjects(doc));
    };
    if (hooks.onChange) hooks.onChange(apply);
    else apply();
    if (synced() && hooks.onNew) {
      for (const [id, idea] of next) if (!before.has(id)) hooks.onNew(idea);
    }
  };

  const connect = () => {
    doc.getMap(BOARD_IDEAS).observeDeep(read);
    doc.getMap(BOARD_META).observeDeep(read);
    doc.getMap(BOARD_PROJECTS).observeDeep(read);
    read();
    provider = openDoc(name, doc, {
      ...(hooks.maxBackoffTime ? { maxBackoffTime: hooks.maxBackoffTime } : {}),
      onClosed: closedWith,
    });
    provider.on("status", ({ status }) => {
      socket = status;
      if (status === "connected") everConnected = true;
      showState();
    });
    provider.on("sync", (isSynced: boolean) => {
      if (isSynced) {
        read();
        setSynced(true);
      }
    });
  };

  const closedWith = (code: number) => {
    if (code === CloseCode.reset) {
      // The server rebuilt the document: our copy would be refused, so start empty.
      disconnect();
      kept.get(name)?.destroy();
      kept.delete(name);
      doc = keptDoc(name);
      setSynced(false);
      connect();
    } else if (code === CloseCode.sessionEnded || code === CloseCode.blocked) {
      // Signed out elsewhere, or blocked: boards stay readable, so simply connect again.
      provider.connect();
    } else {
      closed = true;
      showState();
      if (code === CloseCode.forbidden) hooks.onRefused?.();
    }
  };

  const disconnect = () => {
    doc.getMap(BOARD_IDEAS).unobserveDeep(read);
    doc.getMap(BOARD_META).unobserveDeep(read);
    doc.getMap(BOARD_PROJECTS).unobserveDeep(read);
    provider.destroy();
  };

  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    window.removeEventListener("online", showState);
    window.removeEventListener("offline", showState);
    disconnect();
    indicator.release();
  };

  connect();
  showState();
  window.addEventListener("online", showState);
  window.addEventListener("offline", showState);
  return close;
}
