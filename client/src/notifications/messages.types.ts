import type { notificationsDe } from "./messages.de.ts";

export type NotificationsMessages = Record<keyof typeof notificationsDe, string>;
