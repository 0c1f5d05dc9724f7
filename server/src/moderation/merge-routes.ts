import { mergeInput } from "@quer/shared";
import { Hono } from "hono";
import { audit } from "../audit/log.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { findIdea } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { moderatedIdea } from "./manager.ts";
import { mergeIdeas, unmergeIdea } from "./merge.ts";

/** Mounted at `/api/ideas`. */
export const mergeRoutes = new Hono<AppEnv>()
  .post("/:id/merge", jsonBody(mergeInput), (c) => {
    const { item, acting } = moderatedIdea(c);
    const { into } = c.req.valid("json");
    const { db, commands } = c.get("services");
    const target = findIdea(db, into);
    if (!target) throw invalid("mergeTargetNotFound", [{ path: ["into"], message: "unknownIdea" }]);
    if (target.idea.id === item.idea.id) throw invalid("mergeWithItself");
    if (target.idea.boardId !== item.idea.boardId) throw invalid("mergeAcrossBoards");
    if (item.idea.mergedInto !== null) throw conflict("alreadyMerged");
    if (target.idea.mergedInto !== null) throw conflict("targetMerged");
    const record = commands.run((cx) => {
      const moved = mergeIdeas(cx, item.idea, target.idea);
      audit(cx, acting, {
        action: "idea.merge",
        target: `idea:${item.idea.id}`,
        before: { mergedInto: null },
        after: {
          mergedInto: target.idea.id,
          votesMoved: moved.movedVotes.length,
          votesDropped: moved.droppedVotes.length,
        },
      });
      return moved;
    });
    const source = findIdea(db, item.idea.id);
    const merged = findIdea(db, target.idea.id);
    if (!source || !merged) throw notFound();
    return c.json({
      idea: ideaView(source, { showTally: true, viewerId: acting.id }),
      into: ideaView(merged, { showTally: true, viewerId: acting.id }),
      moved: { votes: record.movedVotes.length, comments: record.movedComments.length },
    });
  })
  .post("/:id/unmerge", (c) => {
    const { item, acting } = moderatedIdea(c);
    const { db, commands } = c.get("services");
    const targetId = item.idea.mergedInto;
    const done = commands.run((cx) => {
      const ok = unmergeIdea(cx, item.idea);
      if (ok) {
        audit(cx, acting, {
          action: "idea.unmerge",
          target: `idea:${item.idea.id}`,
          before: { mergedInto: targetId },
          after: { mergedInto: null },
        });
      }
      return ok;
    });
    if (!done) throw conflict("notMerged");
    const source = findIdea(db, item.idea.id);
    if (!source) throw notFound();
    return c.json({ idea: ideaView(source, { showTally: true, viewerId: acting.id }) });
  });
