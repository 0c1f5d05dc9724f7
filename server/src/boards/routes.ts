import { boards } from "@quer/db";
import {
  can,
  createBoardInput,
  type Idea,
  seesIdea,
  sortIdeas,
  talliesVisible,
  updateBoardInput,
} from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { check, readJson } from "../http/validate.ts";
import { ideaFacts, ideasOfBoard, myVotesOnBoard } from "../ideas/repo.ts";
import { ideaView } from "../ideas/view.ts";
import { fundOf } from "../projects/repo.ts";
import { projectWholeBoard } from "./projection.ts";
import { boardFacts, boardView, findBoard, listBoardRows, visibleIdeaCounts } from "./repo.ts";
import { createBoard } from "./service.ts";

const firstQuery = z.coerce.number().int().min(1).max(1000);

export const boardRoutes = new Hono<AppEnv>()
  .get("/boards", (c) => {
    const { db } = c.get("services");
    const actor = c.get("actor");
    const counts = visibleIdeaCounts(db);
    const list = listBoardRows(db)
      .filter((row) => can(actor, "board.read", boardFacts(row)))
      .map((row) => boardView(row, counts.get(row.id) ?? 0));
    return c.json({ boards: list });
  })
  .post("/boards", async (c) => {
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated();
    if (!can(actor, "board.create", null)) throw forbidden("Nur die Quartiersmanagerin kann Boards anlegen.");
    const input = await readJson(c, createBoardInput);
    const row = createBoard(c.get("services").db, input, actor.kind === "user" ? actor.id : null);
    return c.json({ board: boardView(row, 0) }, 201);
  })
  .get("/boards/:id", (c) => {
    const { db } = c.get("services");
    const actor = c.get("actor");
    const row = findBoard(db, c.req.param("id"));
    if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound("Dieses Board gibt es nicht.");
    const facts = boardFacts(row);
    const board = boardView(row, 0);
    const manager = can(actor, "board.update", facts);
    const showTally = manager || talliesVisible(board);
    const viewerId = actor.kind === "anonymous" ? null : actor.id;
    const mine = viewerId ? myVotesOnBoard(db, row.id, viewerId) : null;
    const all = ideasOfBoard(db, row.id)
      .filter((item) => item.idea.mergedInto === null && seesIdea(actor, facts, ideaFacts(item.idea)))
      .map((item) =>
        ideaView(item, { showTally, mine: mine ? (mine.get(item.idea.id) ?? 0) : undefined, viewerId }),
      );
    const isPublicView = (i: Idea) => !i.moderation && !i.hidden;
    board.ideaCount = all.filter(isPublicView).length;
    // `?first=N`: the N most-voted public ideas (and all of one's own pending or hidden ones),
    // so a big board's first paint does not wait for thousands of ideas.
    const first = c.req.query("first") === undefined ? undefined : check(firstQuery, c.req.query("first"));
    const ideas =
      first === undefined
        ? all
        : [
            ...sortIdeas(all.filter(isPublicView), "votes").slice(0, first),
            ...all.filter((i) => !isPublicView(i)),
          ];
    // What is left of this year's fund, so residents see what small projects can still get.
    return c.json({ board, ideas, fund: fundOf(db, new Date().getFullYear()) });
  })
  .patch("/boards/:id", async (c) => {
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated();
    const { db, commands } = c.get("services");
    const row = findBoard(db, c.req.param("id"));
    if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound("Dieses Board gibt es nicht.");
    if (!can(actor, "board.update", boardFacts(row)))
      throw forbidden("Nur die Quartiersmanagerin kann Boards ändern.");
    const input = await readJson(c, updateBoardInput);
    commands.run((cx) => {
      cx.db
        .update(boards)
        .set({ ...input, updatedAt: Date.now() })
        .where(eq(boards.id, row.id))
        .run();
      projectWholeBoard(cx, row.id);
    });
    const updated = findBoard(db, row.id);
    if (!updated) throw notFound();
    return c.json({ board: boardView(updated, visibleIdeaCounts(db).get(row.id) ?? 0) });
  });
