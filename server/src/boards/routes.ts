import { boards } from "@quer/db";
import { boardQuery, can, createBoardInput, updateBoardInput } from "@quer/shared";
import { eq } from "drizzle-orm";
import { Hono } from "hono";
import type { AppEnv } from "../http/env.ts";
import { forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { jsonBody, queryOf } from "../http/validate.ts";
import { boardAnswer } from "./answer.ts";
import { projectWholeBoard } from "./projection.ts";
import { boardFacts, boardView, findBoard, listBoardRows, visibleIdeaCounts } from "./repo.ts";
import { createBoard } from "./service.ts";

/** Mounted at `/api/boards`. */
export const boardRoutes = new Hono<AppEnv>()
  .get("/", (c) => {
    const { db } = c.get("services");
    const actor = c.get("actor");
    const counts = visibleIdeaCounts(db);
    const list = listBoardRows(db)
      .filter((row) => can(actor, "board.read", boardFacts(row)))
      .map((row) => boardView(row, counts.get(row.id) ?? 0));
    return c.json({ boards: list });
  })
  .post("/", jsonBody(createBoardInput), async (c) => {
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated();
    if (!can(actor, "board.create", null)) throw forbidden("onlyManagerCreatesBoards");
    const input = c.req.valid("json");
    const row = createBoard(c.get("services").db, input, actor.kind === "user" ? actor.id : null);
    return c.json({ board: boardView(row, 0) }, 201);
  })
  .get("/:id", queryOf(boardQuery), (c) => {
    const { first } = c.req.valid("query");
    return c.json(boardAnswer(c.get("services").db, c.get("actor"), c.req.param("id"), first));
  })
  .patch("/:id", jsonBody(updateBoardInput), async (c) => {
    const actor = c.get("actor");
    if (actor.kind === "anonymous") throw unauthenticated();
    const { db, commands } = c.get("services");
    const row = findBoard(db, c.req.param("id"));
    if (!row || !can(actor, "board.read", boardFacts(row))) throw notFound("boardNotFound");
    if (!can(actor, "board.update", boardFacts(row))) throw forbidden("onlyManagerChangesBoards");
    const input = c.req.valid("json");
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
