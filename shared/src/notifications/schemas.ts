import { z } from "zod";

export const emailNotices = ["off", "immediate", "daily"] as const;
export type EmailNotices = (typeof emailNotices)[number];
export const noticePrefsInput = z.strictObject({ emailNotices: z.enum(emailNotices) });

/** Body of `POST /api/notifications/read`: these notices, or all of them without `ids`. */
export const markReadInput = z.strictObject({ ids: z.array(z.string().max(40)).max(200).optional() });

export interface Notice {
  id: string;
  ideaId: string | null;
  /** `project`: the idea became the project `projectId`; `approved`: a checked post is public now. */
  kind: "status" | "project" | "approved";
  title: string;
  status: string;
  reason?: string;
  projectId?: string;
  createdAt: string;
  read: boolean;
}
