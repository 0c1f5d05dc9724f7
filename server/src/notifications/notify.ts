import { notifications, outbox } from "@quer/db";
import type { CommandContext } from "../commands.ts";
import type { IdeaRow } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { readerLocale } from "../office/settings.ts";
import { writeInbox } from "./inbox.ts";
import { type StatusNotice, statusMail, unsubscribeHeaders } from "./mail-text.ts";
import { peopleInvolved } from "./recipients.ts";

/**
 * What a notice row's `kind` says: a new status, the idea became a project, or a post
 * that waited for approval is now public.
 */
export type NoticeKind = "status" | "project" | "approved";

/**
 * Tells everyone involved in an idea (but the manager acting) that its status changed:
 * an in-app notice for each, and an e-mail at once for those who chose that. Runs in
 * the status command's transaction, so a notice exists exactly when the change does.
 */
export function notifyStatus(
  cx: CommandContext,
  idea: IdeaRow,
  actingId: string,
  notice: StatusNotice,
  publicUrl: string,
): string[] {
  return notifyInvolved(cx, idea, actingId, "status", notice, publicUrl);
}

/** The same for the best news an idea can get: it became a project (a link to it in the notice). */
export function notifyPromoted(
  cx: CommandContext,
  idea: IdeaRow,
  actingId: string,
  projectId: string,
  publicUrl: string,
): string[] {
  const notice: StatusNotice = {
    ideaId: idea.id,
    title: idea.title,
    status: "project",
    projectId,
  };
  return notifyInvolved(cx, idea, actingId, "project", notice, publicUrl);
}

/**
 * Tells the author (and co-authors) of a pre-moderated post that the office approved it:
 * until then only they could see it, so this is the moment it reaches everyone.
 */
export function notifyApproved(
  cx: CommandContext,
  idea: IdeaRow,
  actingId: string,
  publicUrl: string,
): string[] {
  const notice: StatusNotice = {
    ideaId: idea.id,
    title: idea.title,
    status: idea.status,
    approved: true,
  };
  return notifyInvolved(cx, idea, actingId, "approved", notice, publicUrl);
}

function notifyInvolved(
  cx: CommandContext,
  idea: IdeaRow,
  actingId: string,
  kind: NoticeKind,
  notice: StatusNotice,
  publicUrl: string,
): string[] {
  const now = Date.now();
  const notified: string[] = [];
  for (const person of peopleInvolved(cx.db, idea)) {
    if (person.id === actingId) continue;
    const mailNow = person.emailNotices === "immediate" && person.email && person.unsubscribeToken;
    cx.db
      .insert(notifications)
      .values({
        id: newId(),
        userId: person.id,
        ideaId: idea.id,
        kind,
        payload: notice,
        createdAt: now,
        mailedAt: mailNow ? now : null,
      })
      .run();
    if (mailNow && person.email && person.unsubscribeToken) {
      const mail = statusMail(notice, publicUrl, person.unsubscribeToken, readerLocale(cx.db, person.locale));
      cx.db
        .insert(outbox)
        .values({
          id: newId(),
          to: person.email,
          subject: mail.subject,
          text: mail.text,
          headers: unsubscribeHeaders(publicUrl, person.unsubscribeToken),
          createdAt: now,
        })
        .run();
    }
    writeInbox(cx, person.id);
    notified.push(person.id);
  }
  return notified;
}
