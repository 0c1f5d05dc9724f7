import {
  auditLog,
  boardParticipants,
  boards,
  comments,
  ideaCoauthors,
  ideas,
  idempotencyKeys,
  notifications,
  outbox,
  projectMembers,
  projectUpdates,
  reports,
  sessions,
  users,
  votes,
} from "@quer/db";
import { PROJECT_TASKS, parseDocName } from "@quer/shared";
import { and, eq, sql } from "drizzle-orm";
import * as Y from "yjs";
import type { Db } from "../db/open.ts";
import type { ServerLocale } from "../http/locale.ts";
import { accountMessages } from "./messages.ts";
import { storedDocsMentioning } from "./scrub.ts";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Tasks this person took in project plans (`takenBy` in `project:<id>`). */
function tasksTaken(db: Db, loadDoc: (name: string) => Y.Doc | null, id: string) {
  const taken: { projectId: string; title: string; done: boolean }[] = [];
  for (const name of storedDocsMentioning(db, [id], ["project:"])) {
    const ref = parseDocName(name);
    const doc = ref && loadDoc(name);
    if (!ref || !doc) continue;
    for (const task of doc.getArray(PROJECT_TASKS).toArray()) {
      if (!(task instanceof Y.Map)) continue;
      const by = task.get("takenBy") as { id?: unknown } | null | undefined;
      if (by && typeof by === "object" && by.id === id) {
        taken.push({
          projectId: ref.id,
          title: String(task.get("title") ?? ""),
          done: task.get("done") === true,
        });
      }
    }
  }
  return taken;
}

/** Ideas whose co-written text this person had a hand in: as author with others, or as co-author. */
function cowritten(db: Db, id: string, locale: ServerLocale) {
  const withOthers = db
    .select({ ideaId: ideas.id, title: ideas.title })
    .from(ideas)
    .innerJoin(boards, eq(boards.id, ideas.boardId))
    .where(
      and(
        eq(ideas.authorId, id),
        sql`(${boards.coWriting} = 'residents' or exists (select 1 from ${ideaCoauthors} where ${ideaCoauthors.ideaId} = ${ideas.id}))`,
      ),
    )
    .all()
    .map((i) => ({ ...i, as: "author" as const }));
  const asCoauthor = db
    .select({ ideaId: ideas.id, title: ideas.title })
    .from(ideaCoauthors)
    .innerJoin(ideas, eq(ideas.id, ideaCoauthors.ideaId))
    .where(eq(ideaCoauthors.userId, id))
    .all()
    .map((i) => ({ ...i, as: "coauthor" as const }));
  return { note: accountMessages(locale).cowritingNote, ideas: [...withOthers, ...asCoauthor] };
}

/**
 * Everything stored about a person (DSGVO Art. 15 and 20), from every table that refers
 * to them and every document that names them. No secrets (password hash, session
 * secrets, the unsubscribe token), and nothing about other people. Null when the
 * account does not exist.
 */
export function personalExport(
  db: Db,
  loadDoc: (name: string) => Y.Doc | null,
  id: string,
  locale: ServerLocale,
) {
  const me = db.select().from(users).where(eq(users.id, id)).get();
  if (!me) return null;
  const token = me.unsubscribeToken;
  const withoutToken = (text: string) => (token ? text.replaceAll(token, "…") : text);
  return {
    exportedAt: new Date().toISOString(),
    account: {
      id,
      name: me.name,
      email: me.email,
      role: me.role,
      blocked: me.blockedAt !== null,
      emailNotices: me.emailNotices,
      workshopBoardId: me.guestBoardId,
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
    cowriting: cowritten(db, id, locale),
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
    projectNews: db
      .select()
      .from(projectUpdates)
      .where(eq(projectUpdates.authorId, id))
      .all()
      .map((n) => ({ id: n.id, projectId: n.projectId, body: n.body, createdAt: iso(n.createdAt) })),
    tasks: tasksTaken(db, loadDoc, id),
    workshops: db
      .select({ boardId: boardParticipants.boardId, joinedAt: boardParticipants.joinedAt })
      .from(boardParticipants)
      .where(eq(boardParticipants.userId, id))
      .all()
      .map((w) => ({ boardId: w.boardId, joinedAt: iso(w.joinedAt) })),
    boardsCreated: db
      .select({ id: boards.id, title: boards.title, createdAt: boards.createdAt })
      .from(boards)
      .where(eq(boards.createdBy, id))
      .all()
      .map((b) => ({ boardId: b.id, title: b.title, createdAt: iso(b.createdAt) })),
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
    mails: me.email
      ? db
          .select()
          .from(outbox)
          .where(sql`lower(${outbox.to}) = ${me.email.toLowerCase()}`)
          .all()
          .map((m) => ({
            subject: m.subject,
            text: withoutToken(m.text),
            createdAt: iso(m.createdAt),
            sentAt: iso(m.sentAt),
          }))
      : [],
    /** A manager's own entries in the audit log. */
    auditActions: db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, id))
      .all()
      .map((a) => ({ action: a.action, target: a.target, reason: a.reason, at: iso(a.at) })),
    /** What managers did to this account (blocking, unblocking). */
    auditAboutMe: db
      .select()
      .from(auditLog)
      .where(eq(auditLog.target, `person:${id}`))
      .all()
      .map((a) => ({ action: a.action, reason: a.reason, at: iso(a.at) })),
    /** Kept a day, so that a repeated request does not post an idea twice. */
    requestKeys: db
      .select({ ideaId: idempotencyKeys.body, createdAt: idempotencyKeys.createdAt })
      .from(idempotencyKeys)
      .where(eq(idempotencyKeys.userId, id))
      .all()
      .map((k) => ({ ideaId: k.ideaId, createdAt: iso(k.createdAt) })),
  };
}
