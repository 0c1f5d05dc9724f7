import type { CommentsMessages } from "./messages.types.ts";

/** English messages of the comments feature, typed against the German ones. */
export const commentsEn: CommentsMessages = {};
