import type { Notice } from "@quer/shared";
import { api } from "../api/client.ts";

export type EmailNotices = "off" | "immediate" | "daily";
export const emailNoticeChoices: readonly EmailNotices[] = ["off", "immediate", "daily"];

export const fetchNotices = () => api<{ notices: Notice[]; unread: number }>("GET", "/notifications");
export const markRead = (ids?: string[]) =>
  api<{ ok: true }>("POST", "/notifications/read", ids ? { ids } : {});
export const fetchNoticePrefs = () =>
  api<{ emailNotices: EmailNotices; hasEmail: boolean }>("GET", "/me/notices");
export const saveNoticePrefs = (emailNotices: EmailNotices) =>
  api<{ emailNotices: EmailNotices; hasEmail: boolean }>("PUT", "/me/notices", { emailNotices });
export const unsubscribe = (token: string) =>
  api<{ ok: true }>("POST", `/unsubscribe/${encodeURIComponent(token)}`);
