import type { commentsDe } from "./messages.de.ts";

export type CommentsMessages = Record<keyof typeof commentsDe, string>;
