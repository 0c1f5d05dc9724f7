import { describe, expect, it } from "vitest";
import type { Board } from "../boards/schemas.ts";
import { liveBoard, metaFromBoard } from "./board-meta.ts";

const answer: Board = {
  id: "b1",
  title: "Abend im Quartier",
  description: "",
  mode: "workshop",
  moderation: "post",
  voting: { kind: "dots", dots: 5 },
  categories: ["Spielplatz"],
  visibility: "private",
  postingOpen: true,
  coWriting: "authors",
  phase: "collect",
  parentId: null,
  participantCanvas: false,
  timer: { endsAt: 1000, remainingMs: null },
  spotlightIdeaId: "i1",
  revealed: false,
  running: true,
  createdAt: "2026-12-04T18:00:00.000Z",
  ideaCount: 3,
};

describe("liveBoard", () => {
  it("is the answer itself while the document has brought nothing", () => {
    expect(liveBoard(answer, {})).toEqual(answer);
  });

  it("is the answer again after a round trip through the document's meta", () => {
    expect(liveBoard(answer, metaFromBoard(answer))).toEqual(answer);
  });

  it("takes what the document says over the answer, null included", () => {
    const board = liveBoard(answer, {
      phase: "vote",
      dots: 3,
      postingOpen: false,
      timerEndsAt: null,
      spotlight: null,
      running: false,
    });
    expect(board.phase).toBe("vote");
    expect(board.voting).toEqual({ kind: "dots", dots: 3 });
    expect(board.postingOpen).toBe(false);
    expect(board.timer).toEqual({ endsAt: null, remainingMs: null });
    expect(board.spotlightIdeaId).toBeNull();
    expect(board.running).toBe(false);
    expect(board.title).toBe(answer.title);
  });

  it("turns to up-votes when the document says so, and ignores a phase it does not know", () => {
    const board = liveBoard(answer, { votingKind: "up", dots: null, phase: "tanzen" });
    expect(board.voting).toEqual({ kind: "up" });
    expect(board.phase).toBeNull();
  });
});
