import { ideaCoauthors, ideas } from "@quer/db";
import { can, type MyIdea, type MyIdeasAnswer, seesIdea, talliesVisible } from "@quer/shared";
import { eq, inArray, or } from "drizzle-orm";
import { Hono } from "hono";
import { boardFacts, boardView, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { requireSession } from "../http/session-middleware.ts";
import { coauthorIdsOf, coauthorNamesOf, historyOf, ideaFacts, ideasWithAuthor, myVoteOn } from "./repo.ts";
import { ideaView } from "./view.ts";

/**
 * `GET /api/me/ideas`: the posts this person wrote or co-writes, across every board they
 * may still see, newest first. Each passes the same `seesIdea` as the idea page, so a
 * pending or hidden post shows here only to those the idea page shows it to.
 */
export const myIdeasRoutes = new Hono<AppEnv>().get("/ideas", (c) => {
  const session = requireSession(c);
  const actor = c.get("actor");
  const { db } = c.get("services");
  const me = session.user.id;
  const coWritten = db
    .select({ id: ideaCoauthors.ideaId })
    .from(ideaCoauthors)
    .where(eq(ideaCoauthors.userId, me));
  const rows = ideasWithAuthor(db, or(eq(ideas.authorId, me), inArray(ideas.id, coWritten)));
  const boards = new Map<string, ReturnType<typeof findBoard>>();
  const list: MyIdea[] = [];
  for (const item of rows) {
    const boardId = item.idea.boardId;
    if (!boards.has(boardId)) boards.set(boardId, findBoard(db, boardId));
    const board = boards.get(boardId);
    if (!board) continue;
    const facts = boardFacts(board);
    if (!seesIdea(actor, facts, ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)))) continue;
    const idea = ideaView(item, {
      showTally: talliesVisible(boardView(board, 0), can(actor, "board.update", facts)),
      mine: myVoteOn(db, item.idea.id, me),
      viewerId: me,
      coauthorNames: coauthorNamesOf(db, item.idea.id),
    });
    const entry: MyIdea = {
      idea,
      boardTitle: board.title,
      role: item.idea.authorId === me ? "author" : "coauthor",
    };
    const answered = historyOf(db, item.idea.id).findLast((h) => h.status !== "new" || h.reason);
    if (answered) {
      entry.latestAnswer = {
        status: answered.status,
        at: answered.at,
        ...(answered.reason ? { reason: answered.reason } : {}),
      };
    }
    list.push(entry);
  }
  list.sort((a, b) =>
    a.idea.createdAt < b.idea.createdAt ? 1 : a.idea.createdAt > b.idea.createdAt ? -1 : 0,
  );
  const answer: MyIdeasAnswer = { ideas: list };
  return c.json(answer);
});
