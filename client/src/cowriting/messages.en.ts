import type { CowritingMessages } from "./messages.types.ts";

/** English messages of the cowriting feature, typed against the German ones. */
export const cowritingEn: CowritingMessages = {};
