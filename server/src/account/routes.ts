import {
  comments,
  ideaCoauthors,
  ideas,
  notifications,
  projectMembers,
  reports,
  sessions,
  users,
  votes,
} from "@quer/db";
import { eq, inArray } from "drizzle-orm";
import { Hono } from "hono";
import { clearSessionCookie } from "../auth/cookie.ts";
import { projectIdea } from "../boards/projection.ts";
import type { AppEnv } from "../http/env.ts";
import { notFound } from "../http/errors.ts";
import { requireSession } from "../http/session-middleware.ts";
import { recountVotes } from "../votes/service.ts";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const accountRoutes = new Hono<AppEnv>()
  /** Everything stored about the person asking (DSGVO Art. 15 and 20). No secrets, no other people. */
  .get("/me/export", (c) => {
    const session = requireSession(c);
    const { db } = c.get("services");
    const me = db.select().from(users).where(eq(users.id, session.user.id)).get();
    if (!me) throw notFound();
    const id = me.id;
    c.header("Content-Disposition", 'attachment; filename="quer-meine-daten.json"');
    return c.json({
      exportedAt: new Date().toISOString(),
      account: {
        id,
        name: me.name,
        email: me.email,
        role: me.role,
        blocked: me.blockedAt !== null,
        emailNotices: me.emailNotices,
        createdAt: iso(me.createdAt),
      },
      sessions: db
        .select({ createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt })
        .from(sessions)
        .where(eq(sessions.userId, id))
        .all()
        .map((s) => ({ createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt) })),
      ideas: db
        .select()
        .from(ideas)
        .where(eq(ideas.authorId, id))
        .all()
        .map((i) => ({
          id: i.id,
          boardId: i.boardId,
          title: i.title,
          body: i.body,
          kind: i.kind,
          category: i.category,
          status: i.status,
          createdAt: iso(i.createdAt),
        })),
      coauthorOf: db
        .select({ ideaId: ideaCoauthors.ideaId, addedAt: ideaCoauthors.addedAt })
        .from(ideaCoauthors)
        .where(eq(ideaCoauthors.userId, id))
        .all()
        .map((r) => ({ ideaId: r.ideaId, addedAt: iso(r.addedAt) })),
      comments: db
        .select()
        .from(comments)
        .where(eq(comments.authorId, id))
        .all()
        .map((k) => ({
          id: k.id,
          ideaId: k.ideaId,
          parentId: k.parentId,
          body: k.body,
          createdAt: iso(k.createdAt),
        })),
      votes: db
        .select()
        .from(votes)
        .where(eq(votes.userId, id))
        .all()
        .map((v) => ({ ideaId: v.ideaId, dots: v.dots, createdAt: iso(v.createdAt) })),
      projects: db
        .select({ projectId: projectMembers.projectId, joinedAt: projectMembers.joinedAt })
        .from(projectMembers)
        .where(eq(projectMembers.userId, id))
        .all()
        .map((p) => ({ projectId: p.projectId, joinedAt: iso(p.joinedAt) })),
      reports: db
        .select()
        .from(reports)
        .where(eq(reports.reporterId, id))
        .all()
        .map((r) => ({ target: r.target, reason: r.reason, createdAt: iso(r.createdAt) })),
      notifications: db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, id))
        .all()
        .map((n) => ({
          ideaId: n.ideaId,
          kind: n.kind,
          payload: n.payload,
          createdAt: iso(n.createdAt),
          readAt: iso(n.readAt),
        })),
    });
  })
  /**
   * Deletes the account. Ideas and comments stay for the neighbourhood but lose their
   * author (shown as "Anonym"); votes go, and the tallies they were part of are recounted.
   */
  .delete("/me", (c) => {
    const session = requireSession(c);
    const { commands, config, sessions: store } = c.get("services");
    const id = session.user.id;
    commands.run((cx) => {
      const voted = cx.db
        .select({ ideaId: votes.ideaId })
        .from(votes)
        .where(eq(votes.userId, id))
        .all()
        .map((v) => v.ideaId);
      const authored = cx.db
        .select({ id: ideas.id })
        .from(ideas)
        .where(eq(ideas.authorId, id))
        .all()
        .map((i) => i.id);
      store.invalidateAllOf(id);
      // Foreign keys do the rest: author columns become null, personal rows go.
      cx.db.delete(users).where(eq(users.id, id)).run();
      for (const ideaId of voted) recountVotes(cx, ideaId);
      const touched = [...new Set([...voted, ...authored])];
      if (touched.length > 0) {
        for (const row of cx.db
          .select({ id: ideas.id })
          .from(ideas)
          .where(inArray(ideas.id, touched))
          .all()) {
          projectIdea(cx, row.id);
        }
      }
    });
    clearSessionCookie(c, config);
    return c.body(null, 204);
  });
