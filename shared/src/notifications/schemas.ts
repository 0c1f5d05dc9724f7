import { z } from "zod";
import type { FeedbackNotice } from "../feedback/schemas.ts";

export const emailNotices = ["off", "immediate", "daily"] as const;
export type EmailNotices = (typeof emailNotices)[number];
export const noticePrefsInput = z.strictObject({ emailNotices: z.enum(emailNotices) });

/** Body of `POST /api/notifications/read`: these notices, or all of them without `ids`. */
export const markReadInput = z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional() });

export interface Notice {
  id: string;
  ideaId: string | null;
  /**
   * `project`: the idea became the project `projectId`; `approved`: a checked post is public
   * now; `feedback` (managers only): a message from the accessibility statement's form, in
   * `feedback`, with no idea, and `title` and `status` empty.
   */
  kind: "status" | "project" | "approved" | "feedback";
  title: string;
  status: string;
  reason?: string;
  projectId?: string;
  feedback?: FeedbackNotice;
  createdAt: string;
  read: boolean;
}
