import type { BoardDocIdea, Idea } from "@quer/shared";
import { describe, expect, it } from "vitest";
import { boardCards } from "./card-idea.ts";

const idea = (id: string, extra: Partial<Idea> = {}): Idea => ({
  id,
  boardId: "b",
  title: `Idee ${id}`,
  body: "",
  kind: "idea",
  category: null,
  status: "new",
  authorName: "Ana",
  createdAt: "2026-11-28T10:00:00.000Z",
  comments: 0,
  votes: 1,
  ...extra,
});

const entry = (id: string, votes: number): BoardDocIdea => {
  const { boardId: _, body: __, ...rest } = idea(id, { votes });
  return { ...rest, excerpt: "" };
};

describe("boardCards", () => {
  it("shows the answer until the live document is complete, and one's private ideas always", () => {
    const answer = [
      idea("a"),
      idea("p", { moderation: "pending" }),
      idea("h", { hidden: { reason: "x", at: "" } }),
    ];
    const before = boardCards(answer, [], false);
    expect([...before.keys()].sort()).toEqual(["a", "h", "p"]);
    expect(before.get("p")?.pending).toBe(true);
    expect(before.get("h")?.hidden?.reason).toBe("x");
  });

  it("takes the live document's ideas once synced, dropping answer ideas it no longer has", () => {
    const answer = [idea("a"), idea("gone"), idea("p", { moderation: "pending" })];
    const after = boardCards(answer, [entry("a", 7), entry("new", 0)], true);
    expect([...after.keys()].sort()).toEqual(["a", "new", "p"]);
    expect(after.get("a")?.votes).toBe(7);
    expect(after.get("a")?.pending).toBe(false);
  });
});
