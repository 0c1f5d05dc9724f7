import { notifications, outbox } from "@quer/db";
import type { CommandContext } from "../commands.ts";
import type { IdeaRow } from "../ideas/repo.ts";
import { newId } from "../ids.ts";
import { writeInbox } from "./inbox.ts";
import { type StatusNotice, statusMail, unsubscribeHeaders } from "./mail-text.ts";
import { peopleInvolved } from "./recipients.ts";

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
        kind: "status",
        payload: notice,
        createdAt: now,
        mailedAt: mailNow ? now : null,
      })
      .run();
    if (mailNow && person.email && person.unsubscribeToken) {
      const mail = statusMail(notice, publicUrl, person.unsubscribeToken);
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
