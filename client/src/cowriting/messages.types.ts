import type { cowritingDe } from "./messages.de.ts";

export type CowritingMessages = Record<keyof typeof cowritingDe, string>;
