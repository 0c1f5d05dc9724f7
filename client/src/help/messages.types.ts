import type { helpDe } from "./messages.de.ts";

export type HelpMessages = Record<keyof typeof helpDe, string>;
