import { users, workshopSessions } from "@quer/db";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { projectWholeBoard } from "../boards/projection.ts";
import type { Commands } from "../commands.ts";
import { officeLocale } from "../office/settings.ts";
import { workshopBoardIds } from "./facilitate.ts";
import { workshopMessages } from "./messages.ts";

const DAY = 86_400_000;

/**
 * Removes guests' display names once a workshop's retention period has passed: their
 * ideas stay for follow-up, signed "Gast" (in the office's language). Returns how many sessions were cleared.
 */
export function sweepGuestNames(commands: Commands, now = Date.now()): number {
  return commands.run((cx) => {
    // No one is asking: the names are written in the office's language, as its board is.
    const guest = workshopMessages(officeLocale(cx.db)).formerGuest;
    const due = cx.db
      .select()
      .from(workshopSessions)
      .where(and(isNotNull(workshopSessions.endedAt), isNull(workshopSessions.namesRemovedAt)))
      .all()
      .filter((s) => (s.endedAt ?? now) + s.retentionDays * DAY <= now);
    for (const session of due) {
      cx.db
        .update(users)
        .set({ name: guest })
        .where(and(eq(users.role, "guest"), eq(users.guestBoardId, session.boardId)))
        .run();
      cx.db
        .update(workshopSessions)
        .set({ namesRemovedAt: now })
        .where(eq(workshopSessions.id, session.id))
        .run();
      for (const id of workshopBoardIds(cx.db, session.boardId)) projectWholeBoard(cx, id);
    }
    return due.length;
  });
}
