import type { EmailNotices } from "@quer/shared";
import { call, seg, server } from "../api/client.ts";

export type { EmailNotices };
export const emailNoticeChoices: readonly EmailNotices[] = ["off", "immediate", "daily"];

export const fetchNotices = () => call(server.notifications.$get());
export const markRead = (ids?: string[]) =>
  call(server.notifications.read.$post({ json: ids ? { ids } : {} }));
export const fetchNoticePrefs = () => call(server.me.notices.$get());
export const saveNoticePrefs = (emailNotices: EmailNotices) =>
  call(server.me.notices.$put({ json: { emailNotices } }));
export const unsubscribe = (token: string) =>
  call(server.unsubscribe[":token"].$post({ param: { token: seg(token) } }));
