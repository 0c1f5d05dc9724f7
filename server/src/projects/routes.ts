import { projectMembers, projects, projectUpdates } from "@quer/db";
import {
  type Actor,
  can,
  type Fund,
  type Project,
  type ProjectFacts,
  projectNewsInput,
  updateProjectInput,
} from "@quer/shared";
import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound } from "../http/errors.ts";
import { jsonBody } from "../http/validate.ts";
import { newId } from "../ids.ts";
import { projectFund, projectProject } from "./board-entry.ts";
import { findProject, fundOf, projectView, teamOf } from "./repo.ts";
import { requireSignedIn } from "./signed-in.ts";

/** The project page's answer (`GET /api/projects/:id`). */
export interface ProjectAnswer {
  project: Project;
  fund: Fund;
  /** Team member or manager: may write the plan, change the status and post news. */
  canEdit: boolean;
  canJoin: boolean;
  /** Manager: title and money too. */
  canManage: boolean;
}

function viewer(actor: Actor): string | null {
  return actor.kind === "anonymous" ? null : actor.id;
}

/** The project and its facts, if this person may see its board (404 otherwise). */
function visibleProject(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const row = findProject(db, c.req.param("id") ?? "");
  const board = row && findBoard(db, row.boardId);
  if (!row || !board || !can(c.get("actor"), "board.read", boardFacts(board))) {
    throw notFound("projectNotFound");
  }
  const facts: ProjectFacts = { board: boardFacts(board), memberIds: teamOf(db, row.id).map((m) => m.id) };
  return { row, facts };
}

/**
 * Mounted at `/api/projects`; making a project of an idea is `promote-routes.ts`, the
 * yearly fund `fund-routes.ts`.
 */
export const projectRoutes = new Hono<AppEnv>()
  .get("/:id", (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    const { db } = c.get("services");
    const answer: ProjectAnswer = {
      project: projectView(db, row, viewer(actor)),
      fund: fundOf(db, row.fundYear),
      canEdit: actor.kind !== "anonymous" && can(actor, "project.edit", facts),
      canJoin: can(actor, "project.join", facts),
      canManage: can(actor, "project.manage", null),
    };
    return c.json(answer);
  })
  .post("/:id/team", (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.join", facts)) throw forbidden("cannotJoinTeam");
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .insert(projectMembers)
        .values({ projectId: row.id, userId: actor.id, joinedAt: Date.now() })
        .onConflictDoNothing()
        .run();
      projectProject(cx, row.id);
    });
    return c.json({ project: projectView(db, row, actor.id) });
  })
  .delete("/:id/team", (c) => {
    const { row } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .delete(projectMembers)
        .where(and(eq(projectMembers.projectId, row.id), eq(projectMembers.userId, actor.id)))
        .run();
      projectProject(cx, row.id);
    });
    return c.json({ project: projectView(db, row, actor.id) });
  })
  .patch("/:id", jsonBody(updateProjectInput), async (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    const input = c.req.valid("json");
    const onlyStatus = Object.keys(input).every((k) => k === "status");
    // The team reports progress; titles and money are the manager's.
    const allowed = can(actor, "project.manage", null) || (onlyStatus && can(actor, "project.edit", facts));
    if (!allowed) throw forbidden("onlyManagerChanges");
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .update(projects)
        .set({ ...input, updatedAt: Date.now() })
        .where(eq(projects.id, row.id))
        .run();
      // A grant changes what is left of the fund for every project of that year.
      if (input.budgetGranted !== undefined && input.budgetGranted !== row.budgetGranted) {
        projectFund(cx, row.fundYear);
      } else projectProject(cx, row.id);
    });
    const updated = findProject(db, row.id);
    if (!updated) throw notFound();
    return c.json({ project: projectView(db, updated, actor.id), fund: fundOf(db, updated.fundYear) });
  })
  .post("/:id/news", jsonBody(projectNewsInput), async (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.edit", facts)) throw forbidden("newsByTeam");
    const input = c.req.valid("json");
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .insert(projectUpdates)
        .values({
          id: newId(),
          projectId: row.id,
          authorId: actor.id,
          body: input.body,
          createdAt: Date.now(),
        })
        .run();
      projectProject(cx, row.id);
    });
    return c.json({ project: projectView(db, row, actor.id) }, 201);
  });
