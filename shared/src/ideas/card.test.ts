import { describe, expect, it } from "vitest";
import { type BoardDocIdea, readBoardIdea } from "../sync/board-doc.ts";
import { boardCards, ideaEntry, liveIdea } from "./card.ts";
import type { Idea } from "./rules.ts";

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

const entry = (id: string, votes: number): BoardDocIdea => ideaEntry(idea(id, { votes }));

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
    expect([...boardCards(answer, [], false, false).keys()]).toEqual(["a"]);
  });

  it("takes the live document's ideas once synced, dropping answer ideas it no longer has", () => {
    const answer = [idea("a"), idea("gone"), idea("p", { moderation: "pending" })];
    const after = boardCards(answer, [entry("a", 7), entry("new", 0)], true);
    expect([...after.keys()].sort()).toEqual(["a", "new", "p"]);
    expect(after.get("a")?.votes).toBe(7);
    expect(after.get("a")?.pending).toBe(false);
  });
});

describe("ideaEntry", () => {
  it("carries what the idea page follows, and nothing private", () => {
    const e = ideaEntry(
      idea("a", {
        body: "Mehr   Bänke\nam Park",
        status: "forwarded",
        statusReason: "Zuständig ist das Grünflächenamt.",
        statusContact: { office: "Grünflächenamt", email: "gruen@example.org" },
        projectId: "p1",
        commentsLocked: true,
        mine: 1,
        own: true,
      }),
      ["Ben", "Cem"],
    );
    expect(e).toEqual({
      id: "a",
      title: "Idee a",
      excerpt: "Mehr Bänke am Park",
      kind: "idea",
      category: null,
      status: "forwarded",
      authorName: "Ana",
      createdAt: "2026-11-28T10:00:00.000Z",
      comments: 0,
      votes: 1,
      projectId: "p1",
      statusReason: "Zuständig ist das Grünflächenamt.",
      statusContact: { office: "Grünflächenamt", email: "gruen@example.org" },
      coauthors: ["Ben", "Cem"],
      commentsLocked: true,
    });
    // What the server writes, a reader reads back unchanged.
    expect(readBoardIdea(e, "a")).toEqual(e);
  });
});

describe("liveIdea", () => {
  it("lays the live status, tally and links over the answer, and drops what the entry left out", () => {
    const answer = idea("a", { status: "declined", statusReason: "Zu teuer.", votes: 3, mine: 1 });
    const live = liveIdea(answer, {
      ...ideaEntry(idea("a", { status: "accepted" })),
      votes: 5,
      projectId: "p",
    });
    expect(live.status).toBe("accepted");
    expect(live.statusReason).toBeUndefined();
    expect(live.votes).toBe(5);
    expect(live.projectId).toBe("p");
    expect(live.mine).toBe(1);
    expect(liveIdea(answer, undefined)).toBe(answer);
  });

  it("keeps the answer's tally where the document hides it", () => {
    const { votes: _, ...hidden } = ideaEntry(idea("a"));
    expect(liveIdea(idea("a", { votes: 4 }), hidden).votes).toBe(4);
  });
});

describe("readBoardIdea", () => {
  const good = ideaEntry(idea("a", { statusReason: "Weil." }), ["Ben"]);

  it("skips an entry without what a card needs", () => {
    expect(readBoardIdea("Bänke")).toBeUndefined();
    expect(readBoardIdea({ ...good, id: "b" }, "a")).toBeUndefined();
    expect(readBoardIdea({ ...good, status: "vanished" })).toBeUndefined();
    expect(readBoardIdea({ ...good, kind: 3 })).toBeUndefined();
    expect(readBoardIdea({ ...good, title: undefined })).toBeUndefined();
  });

  it("repairs what it can and leaves out malformed optional keys", () => {
    const read = readBoardIdea({
      ...good,
      excerpt: 5,
      comments: -1,
      votes: "7",
      coauthors: ["Ben", 4],
      statusContact: { person: "ohne Amt" },
      projectId: "",
      commentsLocked: "yes",
      extra: "from a newer version",
    });
    expect(read).toEqual({
      ...good,
      excerpt: "",
      comments: 0,
      votes: undefined,
      coauthors: ["Ben"],
    });
    expect(read && "votes" in read).toBe(false);
    expect(read && "extra" in read).toBe(false);
    expect(readBoardIdea({ ...good, coauthors: undefined })?.coauthors).toEqual([]);
  });
});
