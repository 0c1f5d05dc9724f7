import type { NotificationsMessages } from "./messages.types.ts";

/** English messages of the notifications feature, typed against the German ones. */
export const notificationsEn: NotificationsMessages = {};
