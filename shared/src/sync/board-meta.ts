import type { Board } from "../boards/schemas.ts";
import { phases } from "../workshops/rules.ts";
import type { BoardDocMeta } from "./board-doc.ts";

/**
 * A board's settings both ways between the HTTP answer (`Board`) and the live document's
 * `meta` map: the server writes the map from a `Board`, and a page reads a `Board` with
 * the live values laid over the answer it loaded. Without a zod import, so pages that are
 * live take it directly (`@quer/shared/sync/board-meta`).
 */
export function metaFromBoard(
  board: Board,
  tables: readonly { id: string; title: string }[] = [],
): BoardDocMeta {
  return {
    title: board.title,
    description: board.description,
    mode: board.mode,
    phase: board.phase,
    postingOpen: board.postingOpen,
    votingKind: board.voting.kind,
    dots: board.voting.kind === "dots" ? board.voting.dots : null,
    revealed: board.revealed,
    categories: board.categories,
    timerEndsAt: board.timer.endsAt,
    timerRemainingMs: board.timer.remainingMs,
    spotlight: board.spotlightIdeaId,
    participantCanvas: board.participantCanvas,
    tables: JSON.stringify(tables),
    parentId: board.parentId,
    running: board.running,
  };
}

/**
 * The answer's board with what the live document says laid over it. A key the document
 * has not brought yet keeps the answer's value; `null` in the document is a value (no
 * timer, no spotlight), not an absence.
 */
export function liveBoard(board: Board, meta: Partial<BoardDocMeta>): Board {
  const live = <K extends keyof BoardDocMeta>(key: K, fallback: BoardDocMeta[K]): BoardDocMeta[K] =>
    meta[key] !== undefined ? (meta[key] as BoardDocMeta[K]) : fallback;
  const kind = live("votingKind", board.voting.kind);
  const dots = live("dots", board.voting.kind === "dots" ? board.voting.dots : null);
  const phase = live("phase", board.phase);
  return {
    ...board,
    title: live("title", board.title),
    description: live("description", board.description),
    mode: live("mode", board.mode),
    phase: phase !== null && (phases as readonly string[]).includes(phase) ? (phase as Board["phase"]) : null,
    postingOpen: live("postingOpen", board.postingOpen),
    voting: kind === "dots" ? { kind: "dots", dots: dots ?? 1 } : { kind: "up" },
    revealed: live("revealed", board.revealed),
    categories: live("categories", board.categories),
    timer: {
      endsAt: live("timerEndsAt", board.timer.endsAt),
      remainingMs: live("timerRemainingMs", board.timer.remainingMs),
    },
    spotlightIdeaId: live("spotlight", board.spotlightIdeaId),
    participantCanvas: live("participantCanvas", board.participantCanvas),
    parentId: live("parentId", board.parentId),
    running: live("running", board.running),
  };
}
