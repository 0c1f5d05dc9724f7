import type { Board, CreateBoardInput, Fund, Idea, UpdateBoardInput } from "@quer/shared";
import { BOARD_FIRST_PAGE } from "@quer/shared/boards/first-page";
import { api } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";

export interface BoardAnswer {
  board: Board;
  ideas: Idea[];
  /** This year's neighbourhood fund: what is left for small projects. */
  fund?: Fund;
  /** A signed-in person's dots budget on a dots board (a workshop's, tables included) and what is left. */
  dots?: { budget: number; left: number };
}

/**
 * The last answer per board, so a board opened again without a network still shows
 * what the person saw before (the live document fills in the rest once online).
 */
const lastSeen = new Map<string, BoardAnswer>();

/**
 * `first` asks for only the most-voted public ideas (plus one's own pending and hidden
 * ones): a big board paints from that slice while its live document fills in the rest.
 */
function boardPath(id: string, first: number | undefined): string {
  return `/boards/${encodeURIComponent(id)}${first ? `?first=${first}` : ""}`;
}

/** Requests started by the entry script, before the board page's own code has arrived. */
const early = new Map<string, Promise<BoardAnswer>>();

/**
 * On a slow network this saves the round trips of loading the page's chunks first; the
 * answer the server embedded in the page saves the request itself.
 */
export function prefetchBoard(id: string): void {
  const path = boardPath(id, BOARD_FIRST_PAGE);
  const embedded = takeFirst("board");
  const request = embedded?.board.id === id ? Promise.resolve(embedded) : api<BoardAnswer>("GET", path);
  // A failure is answered again by the page's own request.
  request.catch(() => {});
  early.set(path, request);
}

export async function fetchBoard(
  id: string,
  opts: { first?: number } = {},
): Promise<BoardAnswer & { stale: boolean }> {
  try {
    const path = boardPath(id, opts.first);
    const started = early.get(path);
    early.delete(path);
    const answer = await (started ?? api<BoardAnswer>("GET", path));
    lastSeen.set(id, answer);
    return { ...answer, stale: false };
  } catch (error) {
    const cached = lastSeen.get(id);
    if (cached && (error as { code?: string }).code === "network") return { ...cached, stale: true };
    throw error;
  }
}

export async function fetchBoards(): Promise<Board[]> {
  return (await api<{ boards: Board[] }>("GET", "/boards")).boards;
}

export async function createBoard(input: CreateBoardInput): Promise<Board> {
  return (await api<{ board: Board }>("POST", "/boards", input)).board;
}

export async function updateBoard(id: string, input: UpdateBoardInput): Promise<Board> {
  return (await api<{ board: Board }>("PATCH", `/boards/${encodeURIComponent(id)}`, input)).board;
}
