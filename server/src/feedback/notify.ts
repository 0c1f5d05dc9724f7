import { notifications, outbox, users } from "@quer/db";
import { type FeedbackNotice, singleLine } from "@quer/shared";
import { eq } from "drizzle-orm";
import type { CommandContext } from "../commands.ts";
import { newId } from "../ids.ts";
import { writeInbox } from "../notifications/inbox.ts";
import { unsubscribeHeaders } from "../notifications/mail-text.ts";
import { recipientColumns } from "../notifications/recipients.ts";
import { readerLocale } from "../office/settings.ts";
import { feedbackMessages } from "./messages.ts";

/** The mail's text: the sender's words as they wrote them, everything else one line each. */
export function feedbackMailText(
  notice: FeedbackNotice,
  publicUrl: string,
  m: ReturnType<typeof feedbackMessages>,
): string {
  const lines = [m.intro, "", notice.message, ""];
  if (notice.page) lines.push(m.page(`${publicUrl}${singleLine(notice.page)}`));
  lines.push(notice.replyTo ? m.replyTo(singleLine(notice.replyTo)) : m.noReply);
  lines.push(notice.from ? m.from(singleLine(notice.from)) : m.anonymous);
  lines.push("", m.inbox(publicUrl), "", "–", m.why);
  return lines.join("\n");
}

/**
 * Puts a feedback message into every manager's inbox and, for each manager who wants
 * mails at all (at once or daily), into the outbox at once: it is a message to the office,
 * which has a month to answer, not news of a change that can wait for a digest. Every
 * notice is marked as mailed, so a digest never picks one up. Returns the managers' ids.
 */
export function notifyFeedback(cx: CommandContext, notice: FeedbackNotice, publicUrl: string): string[] {
  const now = Date.now();
  const managers = cx.db.select(recipientColumns).from(users).where(eq(users.role, "manager")).all();
  for (const manager of managers) {
    cx.db
      .insert(notifications)
      .values({
        id: newId(),
        userId: manager.id,
        ideaId: null,
        kind: "feedback",
        payload: notice,
        createdAt: now,
        mailedAt: now,
      })
      .run();
    if (manager.email && manager.emailNotices !== "off") {
      const m = feedbackMessages(readerLocale(cx.db, manager.locale));
      const headers: Record<string, string> = manager.unsubscribeToken
        ? unsubscribeHeaders(publicUrl, manager.unsubscribeToken)
        : {};
      if (notice.replyTo) headers["Reply-To"] = notice.replyTo;
      cx.db
        .insert(outbox)
        .values({
          id: newId(),
          to: manager.email,
          subject: m.subject,
          text: feedbackMailText(notice, publicUrl, m),
          headers,
          createdAt: now,
        })
        .run();
    }
    writeInbox(cx, manager.id);
  }
  return managers.map((manager) => manager.id);
}
