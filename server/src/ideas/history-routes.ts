import { ideas } from "@quer/db";
import {
  can,
  docName,
  IDEA_TITLE_MIN,
  type IdeaHistoryAnswer,
  talliesVisible,
  versionIdParam,
} from "@quer/shared";
import { eq } from "drizzle-orm";
import { type Context, Hono } from "hono";
import type * as Y from "yjs";
import { type Acting, audit } from "../audit/log.ts";
import { projectIdea } from "../boards/projection.ts";
import { boardFacts, boardView } from "../boards/repo.ts";
import type { AppEnv } from "../http/env.ts";
import { conflict, forbidden, notFound, unauthenticated } from "../http/errors.ts";
import { limitWrites } from "../http/rate-limit.ts";
import { visibleIdea } from "../moderation/manager.ts";
import { findVersion, versionsOf } from "./history-repo.ts";
import { coauthorIdsOf, findIdea, ideaFacts } from "./repo.ts";
import { versionText } from "./text-history.ts";
import { ideaView } from "./view.ts";

/**
 * The idea whose text versions someone asks for: 404 to those who may not see it, 401
 * without an account, 403 to those who see it but may not write its text. Whoever may
 * write `idea:<id>` may see and restore its versions: they can rewrite the text anyway.
 */
function writableIdea(c: Context<AppEnv>) {
  const { db } = c.get("services");
  const { item, board } = visibleIdea(c, c.req.param("id") ?? "");
  const session = c.get("session");
  if (!session) throw unauthenticated();
  const facts = { board: boardFacts(board), idea: ideaFacts(item.idea, coauthorIdsOf(db, item.idea.id)) };
  if (!can(c.get("actor"), "idea.edit", facts)) {
    throw forbidden("versionsForWriters");
  }
  const acting: Acting = { id: session.user.id, name: session.user.name };
  const showTally = talliesVisible(boardView(board, 0), can(c.get("actor"), "board.update", facts.board));
  return { item, acting, showTally };
}

/**
 * Makes `text` read `value`, changing only the part between what both share at the start
 * and at the end: carets of open editors outside that part stay where they are.
 */
function setText(text: Y.Text, value: string): void {
  const now = text.toString();
  if (now === value) return;
  let start = 0;
  const shorter = Math.min(now.length, value.length);
  while (start < shorter && now[start] === value[start]) start++;
  let end = 0;
  while (end < shorter - start && now[now.length - 1 - end] === value[value.length - 1 - end]) end++;
  const removed = now.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const added = value.slice(start, value.length - end);
  if (added) text.insert(start, added);
}

/** Mounted at `/api/ideas`. */
export const historyRoutes = new Hono<AppEnv>()
  .get("/:id/history", (c) => {
    const { item } = writableIdea(c);
    const { db, registry } = c.get("services");
    // Loading the document keeps the text as posted as the first version, if it is not yet.
    registry.get(docName("idea", item.idea.id));
    const answer: IdeaHistoryAnswer = { versions: versionsOf(db, item.idea.id) };
    return c.json(answer);
  })
  .post("/:id/history/:versionId/restore", (c) => {
    const { item, acting, showTally } = writableIdea(c);
    const { db, commands, registry, ideaHistory, limits } = c.get("services");
    const parsed = versionIdParam.safeParse(c.req.param("versionId"));
    const version = parsed.success ? findVersion(db, item.idea.id, parsed.data) : undefined;
    if (!version) throw notFound("versionNotFound");
    if (version.title.length < IDEA_TITLE_MIN) {
      throw conflict({ key: "versionTitleInvalid", params: { min: IDEA_TITLE_MIN } });
    }
    limitWrites(limits.writesPerPerson, acting.id);
    const ideaId = item.idea.id;
    const name = docName("idea", ideaId);
    const live = registry.get(name);
    if (!live) throw notFound("ideaNotFound");
    const now = versionText(live.doc);
    // Already the text: nothing to write, to keep or to log.
    if (now.title !== version.title || now.body !== version.body) {
      commands.run((cx) => {
        const before = { titleLength: 0, bodyLength: 0 };
        // The first write of this command keeps the text as it is now (`beforeServerWrite`).
        cx.writeDoc(name, (doc) => {
          const title = doc.getText("title");
          const body = doc.getText("body");
          before.titleLength = title.length;
          before.bodyLength = body.length;
          setText(title, version.title);
          setText(body, version.body);
        });
        cx.db
          .update(ideas)
          .set({ title: version.title, body: version.body, updatedAt: Date.now() })
          .where(eq(ideas.id, ideaId))
          .run();
        audit(cx, acting, {
          action: "idea.text.restore",
          target: `idea:${ideaId}`,
          before,
          after: { version: version.id, titleLength: version.title.length, bodyLength: version.body.length },
        });
        projectIdea(cx, ideaId);
        // The restored text is this person's writing, kept as a version after the next quiet period.
        cx.afterCommit(() => ideaHistory.changed(ideaId, acting.id));
      });
    }
    const updated = findIdea(db, ideaId);
    if (!updated) throw notFound("ideaNotFound");
    return c.json({ idea: ideaView(updated, { showTally, viewerId: acting.id }) });
  });
