import { ideas, projectMembers, projects, statusHistory } from "@quer/db";
import { can, seesIdea } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, forbidden, notFound } from "../http/errors.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { notifyPromoted } from "../notifications/notify.ts";
import { projectProject } from "./board-entry.ts";
import { findProject, projectOfIdea, projectView } from "./repo.ts";
import { requireSignedIn } from "./signed-in.ts";

/** An idea becomes a project. Mounted at `/api/ideas`, beside the idea's own routes. */
export const promoteRoutes = new Hono<AppEnv>().post("/:id/promote", (c) => {
  const { db, commands, config, mailer } = c.get("services");
  const actor = c.get("actor");
  const item = findIdea(db, c.req.param("id"));
  const board = item && findBoard(db, item.idea.boardId);
  // Another's pending or hidden idea is not there for them: 404, as when it does not exist.
  if (
    !item ||
    !board ||
    !seesIdea(actor, boardFacts(board), ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)))
  )
    throw notFound("ideaNotFound");
  requireSignedIn(actor);
  if (!can(actor, "idea.moderate", { board: boardFacts(board), idea: ideaFacts(item.idea) })) {
    throw forbidden("onlyManagerPromotes");
  }
  if (projectOfIdea(db, item.idea.id)) throw conflict("alreadyProject");
  if (item.idea.pending || item.idea.hiddenAt !== null || item.idea.mergedInto !== null) {
    throw conflict("onlyVisiblePromoted");
  }
  const id = newId();
  const now = Date.now();
  commands.run((cx) => {
    cx.db
      .insert(projects)
      .values({
        id,
        ideaId: item.idea.id,
        boardId: board.id,
        title: item.idea.title,
        status: "planning",
        fundYear: new Date(now).getFullYear(),
        createdAt: now,
        updatedAt: now,
      })
      .run();
    // Whoever had the idea is on the team from the start.
    if (item.idea.authorId) {
      cx.db.insert(projectMembers).values({ projectId: id, userId: item.idea.authorId, joinedAt: now }).run();
    }
    cx.db
      .update(ideas)
      .set({ status: "project", projectId: id, updatedAt: now })
      .where(eq(ideas.id, item.idea.id))
      .run();
    // A step in the idea's public history, and the news for everyone involved in it.
    cx.db.insert(statusHistory).values({ ideaId: item.idea.id, status: "project", at: now }).run();
    notifyPromoted(cx, item.idea, actor.id, id, config.publicUrl);
    projectIdea(cx, item.idea.id);
    projectProject(cx, id);
    cx.afterCommit(() => void mailer.kick());
  });
  const row = findProject(db, id);
  if (!row) throw notFound();
  return c.json({ project: projectView(db, row, actor.id) }, 201);
});
