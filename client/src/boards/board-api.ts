import type { Board, CreateBoardInput, UpdateBoardInput } from "@quer/shared";
import { BOARD_FIRST_PAGE } from "@quer/shared/boards/first-page";
import type { InferResponseType } from "hono/client";
import { call, seg, server } from "../api/client.ts";
import { takeFirst } from "../app/first-answers.ts";

const board = server.boards[":id"];

/**
 * The answer of `GET /api/boards/:id`, as the server declares it (`boards/answer.ts`):
 * the board, its ideas as this person may see them, this year's neighbourhood fund
 * (what is left for small projects) and, on a dots board, this person's dots.
 */
export type BoardAnswer = InferResponseType<typeof board.$get, 200>;

/**
 * The last answer per board, so a board opened again without a network still shows
 * what the person saw before (the live document fills in the rest once online).
 */
const lastSeen = new Map<string, BoardAnswer>();

/**
 * `first` asks for only the most-voted public ideas (plus one's own pending and hidden
 * ones): a big board paints from that slice while its live document fills in the rest.
 */
function requestBoard(id: string, first: number | undefined): Promise<BoardAnswer> {
  return call(board.$get({ param: { id: seg(id) }, query: first ? { first: String(first) } : {} }));
}

/** Requests started by the entry script, before the board page's own code has arrived. */
const early = new Map<string, Promise<BoardAnswer>>();
const earlyKey = (id: string, first: number | undefined) => (first ? `${id}?first=${first}` : id);

/**
 * On a slow network this saves the round trips of loading the page's chunks first; the
 * answer the server embedded in the page saves the request itself.
 */
export function prefetchBoard(id: string): void {
  const embedded = takeFirst("board");
  const request = embedded?.board.id === id ? Promise.resolve(embedded) : requestBoard(id, BOARD_FIRST_PAGE);
  // A failure is answered again by the page's own request.
  request.catch(() => {});
  early.set(earlyKey(id, BOARD_FIRST_PAGE), request);
}

export async function fetchBoard(
  id: string,
  opts: { first?: number } = {},
): Promise<BoardAnswer & { stale: boolean }> {
  try {
    const key = earlyKey(id, opts.first);
    const started = early.get(key);
    early.delete(key);
    const answer = await (started ?? requestBoard(id, opts.first));
    lastSeen.set(id, answer);
    return { ...answer, stale: false };
  } catch (error) {
    const cached = lastSeen.get(id);
    if (cached && (error as { code?: string }).code === "network") return { ...cached, stale: true };
    throw error;
  }
}

export async function fetchBoards(): Promise<Board[]> {
  return (await call(server.boards.$get())).boards;
}

export async function createBoard(input: CreateBoardInput): Promise<Board> {
  return (await call(server.boards.$post({ json: input }))).board;
}

export async function updateBoard(id: string, input: UpdateBoardInput): Promise<Board> {
  return (await call(board.$patch({ param: { id: seg(id) }, json: input }))).board;
}
