import { funds, ideas, projectMembers, projects, projectUpdates, statusHistory } from "@quer/db";
import {
  type Actor,
  can,
  fundInput,
  type ProjectFacts,
  projectNewsInput,
  seesIdea,
  updateProjectInput,
} from "@quer/shared";
import { and, eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, findBoard } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { check, readJson } from "../http/validate.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { notifyPromoted } from "../notifications/notify.ts";
import { projectFund, projectProject } from "./board-entry.ts";
import { findProject, fundOf, projectOfIdea, projectView, teamOf } from "./repo.ts";

function viewer(actor: Actor): string | null {
  return actor.kind === "anonymous" ? null : actor.id;
}

/** The project and its facts, if this person may see its board (404 otherwise). */
function visibleProject(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const row = findProject(db, c.req.param("id") ?? "");
  const board = row && findBoard(db, row.boardId);
  if (!row || !board || !can(c.get("actor"), "board.read", boardFacts(board))) {
    throw notFound("Dieses Projekt gibt es nicht.");
  }
  const facts: ProjectFacts = { board: boardFacts(board), memberIds: teamOf(db, row.id).map((m) => m.id) };
  return { row, facts };
}

function requireSignedIn(actor: Actor): asserts actor is Exclude<Actor, { kind: "anonymous" }> {
  if (actor.kind === "anonymous") throw unauthenticated();
}

export const projectRoutes = new Hono<AppEnv>()
  .post("/ideas/:id/promote", (c) => {
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
      throw notFound("Diese Idee gibt es nicht.");
    requireSignedIn(actor);
    if (!can(actor, "idea.moderate", { board: boardFacts(board), idea: ideaFacts(item.idea) })) {
      throw forbidden("Nur die Quartiersmanagerin macht aus Ideen Projekte.");
    }
    if (projectOfIdea(db, item.idea.id)) throw conflict("Aus dieser Idee ist schon ein Projekt geworden.");
    if (item.idea.pending || item.idea.hiddenAt !== null || item.idea.mergedInto !== null) {
      throw conflict("Nur sichtbare Ideen können Projekte werden.");
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
        cx.db
          .insert(projectMembers)
          .values({ projectId: id, userId: item.idea.authorId, joinedAt: now })
          .run();
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
  })
  .get("/projects/:id", (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    const { db } = c.get("services");
    return c.json({
      project: projectView(db, row, viewer(actor)),
      fund: fundOf(db, row.fundYear),
      canEdit: actor.kind !== "anonymous" && can(actor, "project.edit", facts),
      canJoin: can(actor, "project.join", facts),
      canManage: can(actor, "project.manage", null),
    });
  })
  .post("/projects/:id/team", (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.join", facts)) throw forbidden("Du kannst diesem Team nicht beitreten.");
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
  .delete("/projects/:id/team", (c) => {
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
  .patch("/projects/:id", async (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    const input = await readJson(c, updateProjectInput);
    const onlyStatus = Object.keys(input).every((k) => k === "status");
    // The team reports progress; titles and money are the manager's.
    const allowed = can(actor, "project.manage", null) || (onlyStatus && can(actor, "project.edit", facts));
    if (!allowed) throw forbidden("Das kann nur die Quartiersmanagerin ändern.");
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
  .post("/projects/:id/news", async (c) => {
    const { row, facts } = visibleProject(c);
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.edit", facts)) throw forbidden("Neuigkeiten schreibt das Team.");
    const input = await readJson(c, projectNewsInput);
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
  })
  .get("/funds/:year", (c) => {
    const year = Number(c.req.param("year"));
    check(fundInput.shape.year, year);
    return c.json({ fund: fundOf(c.get("services").db, year) });
  })
  .put("/funds/:year", async (c) => {
    const actor = c.get("actor");
    requireSignedIn(actor);
    if (!can(actor, "project.manage", null)) throw forbidden("Den Fonds legt die Quartiersmanagerin fest.");
    const year = Number(c.req.param("year"));
    const input = await readJson(c, fundInput.pick({ amount: true }));
    check(fundInput, { year, amount: input.amount });
    const { db, commands } = c.get("services");
    commands.run((cx) => {
      cx.db
        .insert(funds)
        .values({ year, amount: input.amount, updatedAt: Date.now() })
        .onConflictDoUpdate({ target: funds.year, set: { amount: input.amount, updatedAt: Date.now() } })
        .run();
      projectFund(cx, year);
    });
    return c.json({ fund: fundOf(db, year) });
  });
