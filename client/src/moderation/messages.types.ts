import type { moderationDe } from "./messages.de.ts";

export type ModerationMessages = Record<keyof typeof moderationDe, string>;
