import type { ModerationMessages } from "./messages.types.ts";

/** English messages of the moderation feature, typed against the German ones. */
export const moderationEn: ModerationMessages = {};
