import { boards, workshopSessions } from "@quer/db";
import {
  formatJoinCode,
  nextTimer,
  phaseInput,
  spotlightInput,
  startSessionInput,
  tableInput,
  timerInput,
  workshopSettingsInput,
} from "@quer/shared";
import { eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import QRCode from "qrcode";
import { audit } from "../audit/log.ts";
import { projectBoard, projectWholeBoard } from "../boards/projection.ts";
import { createBoard } from "../boards/service.ts";
import { attachment } from "../exports/file-name.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, invalid, notFound } from "../http/errors.ts";
import { requestLocale } from "../http/locale.ts";
import { jsonBody, optionalJsonBody } from "../http/validate.ts";
import { findIdea, isPublic } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { facilitatedBoard, workshopBoardIds } from "./facilitate.ts";
import { workshopMessages } from "./messages.ts";
import { minutesOf } from "./minutes.ts";
import { activeSession, latestSession, newJoinCode, type SessionRow } from "./repo.ts";

function joinUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/join/${code}`;
}

/**
 * A session as the facilitator's page reads it: the same whether it was just started, was
 * running already or is read back, so the page never shows a default in place of a setting.
 */
function sessionAnswer(session: SessionRow, publicUrl: string) {
  return {
    code: session.code,
    display: formatJoinCode(session.code),
    joinUrl: joinUrl(publicUrl, session.code),
    active: session.endedAt === null,
    startedAt: new Date(session.startedAt).toISOString(),
    endedAt: session.endedAt ? new Date(session.endedAt).toISOString() : null,
    retentionDays: session.retentionDays,
  };
}

/** A workshop run from its board. Mounted at `/api/boards`. */
export const workshopRoutes = new Hono<AppEnv>()
  .post("/:id/session", optionalJsonBody(startSessionInput), (c) => {
    const { board, acting } = facilitatedBoard(c);
    const input = c.req.valid("json") ?? {};
    const { db, commands, config } = c.get("services");
    const running = activeSession(db, board.id);
    if (running) return c.json(sessionAnswer(running, config.publicUrl), 200);
    const code = newJoinCode(db);
    const started = commands.run((cx) => {
      const now = Date.now();
      const session = cx.db
        .insert(workshopSessions)
        .values({
          id: newId(),
          boardId: board.id,
          code,
          startedAt: now,
          retentionDays: input.retentionDays ?? 30,
        })
        .returning()
        .get();
      for (const id of workshopBoardIds(cx.db, board.id)) {
        cx.db
          .update(boards)
          .set({ phase: "collect", postingOpen: true, revealedAt: null, updatedAt: now })
          .where(eq(boards.id, id))
          .run();
        projectWholeBoard(cx, id);
      }
      audit(cx, acting, {
        action: "workshop.start",
        target: `board:${board.id}`,
        after: { phase: "collect" },
      });
      return session;
    });
    return c.json(sessionAnswer(started, config.publicUrl), 201);
  })
  .get("/:id/session", (c) => {
    const { board } = facilitatedBoard(c);
    const { db, config } = c.get("services");
    const session = latestSession(db, board.id);
    if (!session) throw notFound("noWorkshopYet");
    return c.json(sessionAnswer(session, config.publicUrl));
  })
  .delete("/:id/session", (c) => {
    const { board, acting } = facilitatedBoard(c);
    const { db, commands } = c.get("services");
    const session = activeSession(db, board.id);
    if (!session) throw conflict("noWorkshopRunning");
    commands.run((cx) => {
      cx.db
        .update(workshopSessions)
        .set({ endedAt: Date.now() })
        .where(eq(workshopSessions.id, session.id))
        .run();
      for (const id of workshopBoardIds(cx.db, board.id)) {
        cx.db
          .update(boards)
          .set({ postingOpen: false, updatedAt: Date.now() })
          .where(eq(boards.id, id))
          .run();
        projectBoard(cx, id);
      }
      audit(cx, acting, { action: "workshop.end", target: `board:${board.id}` });
    });
    return c.json({ ok: true } as const);
  })
  .get("/:id/qr.svg", async (c) => {
    const { board } = facilitatedBoard(c);
    const { db, config } = c.get("services");
    const session = activeSession(db, board.id);
    if (!session) throw notFound("noWorkshopRunning");
    const svg = await QRCode.toString(joinUrl(config.publicUrl, session.code), {
      type: "svg",
      margin: 2,
      errorCorrectionLevel: "M",
    });
    return c.body(svg, 200, { "Content-Type": "image/svg+xml", "Cache-Control": "no-store" });
  })
  .post("/:id/phase", jsonBody(phaseInput), (c) => {
    const { board, acting } = facilitatedBoard(c);
    const { phase } = c.req.valid("json");
    c.get("services").commands.run((cx) => {
      for (const id of workshopBoardIds(cx.db, board.id)) {
        // Leaving the collect phase locks posting; the facilitator may open it again.
        cx.db
          .update(boards)
          .set({ phase, postingOpen: phase === "collect", spotlightIdeaId: null, updatedAt: Date.now() })
          .where(eq(boards.id, id))
          .run();
        projectBoard(cx, id);
      }
      audit(cx, acting, {
        action: "workshop.phase",
        target: `board:${board.id}`,
        before: { phase: board.phase },
        after: { phase },
      });
    });
    return c.json({ phase });
  })
  .post("/:id/reveal", (c) => {
    // Any dot-voting board can reveal, not only workshops (contract: "in any phase").
    const { board, acting } = facilitatedBoard(c, { anyMode: true });
    c.get("services").commands.run((cx) => {
      for (const id of workshopBoardIds(cx.db, board.id)) {
        cx.db
          .update(boards)
          .set({ revealedAt: Date.now(), updatedAt: Date.now() })
          .where(eq(boards.id, id))
          .run();
        projectWholeBoard(cx, id);
      }
      audit(cx, acting, { action: "workshop.reveal", target: `board:${board.id}` });
    });
    return c.json({ revealed: true } as const);
  })
  .post("/:id/timer", jsonBody(timerInput), (c) => {
    const { board } = facilitatedBoard(c);
    const act = c.req.valid("json");
    const now = Date.now();
    const timer = nextTimer({ endsAt: board.timerEndsAt, remainingMs: board.timerRemainingMs }, act, now);
    c.get("services").commands.run((cx) => {
      // One countdown for the whole evening: every topic table shows it too.
      for (const id of workshopBoardIds(cx.db, board.id)) {
        cx.db
          .update(boards)
          .set({ timerEndsAt: timer.endsAt, timerRemainingMs: timer.remainingMs, updatedAt: now })
          .where(eq(boards.id, id))
          .run();
        projectBoard(cx, id);
      }
    });
    // The server's clock comes along so screens can correct for their own.
    return c.json({ timer, now });
  })
  .post("/:id/spotlight", jsonBody(spotlightInput), (c) => {
    const { board } = facilitatedBoard(c);
    const { ideaId } = c.req.valid("json");
    const { db, commands } = c.get("services");
    if (ideaId !== null) {
      const item = findIdea(db, ideaId);
      if (!item || !workshopBoardIds(db, board.id).includes(item.idea.boardId) || !isPublic(item.idea)) {
        throw invalid("ideaNotInWorkshop", [{ path: ["ideaId"], message: "unknownIdea" }]);
      }
    }
    commands.run((cx) => {
      cx.db
        .update(boards)
        .set({ spotlightIdeaId: ideaId, updatedAt: Date.now() })
        .where(eq(boards.id, board.id))
        .run();
      projectBoard(cx, board.id);
    });
    return c.json({ spotlight: ideaId });
  })
  .post("/:id/tables", jsonBody(tableInput), (c) => {
    const { board, acting } = facilitatedBoard(c);
    const { title } = c.req.valid("json");
    const { commands } = c.get("services");
    const table = commands.run((cx) => {
      const row = createBoard(
        cx.db,
        {
          title,
          mode: "workshop",
          visibility: board.visibility,
          voting: board.votingKind === "dots" ? { kind: "dots", dots: board.dots ?? 5 } : { kind: "up" },
          categories: board.categories,
          moderation: board.moderation,
        },
        acting.id,
      );
      cx.db
        .update(boards)
        .set({
          parentId: board.id,
          phase: board.phase,
          postingOpen: board.postingOpen,
          revealedAt: board.revealedAt,
        })
        .where(eq(boards.id, row.id))
        .run();
      projectBoard(cx, board.id);
      audit(cx, acting, {
        action: "workshop.table",
        target: `board:${board.id}`,
        after: { table: row.id, title },
      });
      return row;
    });
    return c.json({ table: { id: table.id, title } }, 201);
  })
  .patch("/:id/workshop", jsonBody(workshopSettingsInput), (c) => {
    const { board, acting } = facilitatedBoard(c);
    const input = c.req.valid("json");
    const { db, commands } = c.get("services");
    const ids = workshopBoardIds(db, board.id);
    commands.run((cx) => {
      const { retentionDays, ...settings } = input;
      if (Object.keys(settings).length > 0) {
        cx.db
          .update(boards)
          .set({ ...settings, updatedAt: Date.now() })
          .where(inArray(boards.id, ids))
          .run();
      }
      if (retentionDays !== undefined) {
        const session = latestSession(cx.db, board.id);
        if (session)
          cx.db
            .update(workshopSessions)
            .set({ retentionDays })
            .where(eq(workshopSessions.id, session.id))
            .run();
      }
      for (const id of ids) projectBoard(cx, id);
      audit(cx, acting, { action: "workshop.settings", target: `board:${board.id}`, after: input });
    });
    return c.json({ ok: true } as const);
  })
  .get("/:id/minutes.md", (c) => {
    const { board } = facilitatedBoard(c);
    const { db, registry } = c.get("services");
    const locale = requestLocale(c);
    const m = workshopMessages(locale).minutes;
    const markdown = minutesOf(db, registry, board, locale);
    return c.body(markdown, 200, {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": attachment(board.title, m.fileSuffix, "md", m.fileFallback),
    });
  });
