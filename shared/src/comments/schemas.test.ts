import { describe, expect, it } from "vitest";
import { createCommentInput, threadOrder } from "./schemas.ts";

describe("createCommentInput", () => {
  it("trims and refuses empty or over-long comments", () => {
    expect(createCommentInput.parse({ body: "  Gute Idee! " })).toEqual({ body: "Gute Idee!" });
    expect(createCommentInput.safeParse({ body: "   " }).success).toBe(false);
    expect(createCommentInput.safeParse({ body: "x".repeat(2001) }).success).toBe(false);
    expect(createCommentInput.safeParse({ body: "ok", authorId: "x" }).success).toBe(false);
  });
});

describe("threadOrder", () => {
  it("groups replies under their parent, both in time order, dropping orphans", () => {
    const c = (id: string, parentId: string | null, t: number) => ({
      id,
      parentId,
      createdAt: new Date(t).toISOString(),
    });
    const threads = threadOrder([
      c("r2", "a", 4),
      c("b", null, 2),
      c("a", null, 1),
      c("r1", "a", 3),
      c("x", "gone", 5),
    ]);
    expect(threads.map((t) => [t.comment.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["r1", "r2"]],
      ["b", []],
    ]);
  });
});
