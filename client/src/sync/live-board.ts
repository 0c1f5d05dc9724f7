import type { BoardDocProject } from "@quer/shared/projects/live";
import type { BoardDocIdea, BoardDocMeta } from "@quer/shared/sync/board-doc";
import { type Accessor, createSignal, onCleanup } from "solid-js";
import { afterPaint } from "../app/after-paint.ts";
import type { BoardHooks } from "./board-connection.ts";

export interface LiveBoard {
  ideas: Accessor<ReadonlyMap<string, BoardDocIdea>>;
  meta: Accessor<Partial<BoardDocMeta>>;
  /** The board's projects by id (their server-written facts). */
  projects: Accessor<ReadonlyMap<string, BoardDocProject>>;
  /** True once the first sync with the server finished (the document is complete). */
  synced: Accessor<boolean>;
  /** Stops for good, e.g. when the board turned out not to exist. */
  close: () => void;
}

/**
 * Opens `board:<id>` read-only and exposes it as signals. Must be called inside a
 * component: the socket closes when the page does. The Yjs side loads on demand, so the
 * page paints its first cards from the HTTP answer while the live document is still on
 * its way. `onNew` hears of ideas that appear after the first sync (for the polite
 * announcement); `onChange` runs the signal update, so the page can keep keyboard focus
 * steady while cards move.
 */
export function openLiveBoard(boardId: string, hooks: BoardHooks = {}): LiveBoard {
  const [ideas, setIdeas] = createSignal<ReadonlyMap<string, BoardDocIdea>>(new Map());
  const [meta, setMeta] = createSignal<Partial<BoardDocMeta>>({});
  const [synced, setSynced] = createSignal(false);
  const [projects, setProjects] = createSignal<ReadonlyMap<string, BoardDocProject>>(new Map());
  let open = true;
  let stop: (() => void) | undefined;
  const close = () => {
    if (!open) return;
    open = false;
    stop?.();
  };
  const start = () => {
    if (!open) return;
    void import("./board-connection.ts").then(({ connectBoard }) => {
      if (open)
        stop = connectBoard(boardId, hooks, { ideas, setIdeas, setMeta, synced, setSynced, setProjects });
    });
  };
  // Only once the first cards are painted: starting the import preloads Yjs, work an
  // old phone would otherwise do in the very render that shows them.
  afterPaint(start);
  onCleanup(close);
  return { ideas, meta, projects, synced, close };
}
