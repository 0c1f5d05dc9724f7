import type { Board, CreateBoardInput, Fund, Idea, UpdateBoardInput } from "@quer/shared";
import { api } from "../api/client.ts";

export interface BoardAnswer {
  board: Board;
  ideas: Idea[];
  /** This year's neighbourhood fund: what is left for small projects. */
  fund?: Fund;
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
export async function fetchBoard(
  id: string,
  opts: { first?: number } = {},
): Promise<BoardAnswer & { stale: boolean }> {
  try {
    const query = opts.first ? `?first=${opts.first}` : "";
    const answer = await api<BoardAnswer>("GET", `/boards/${encodeURIComponent(id)}${query}`);
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
