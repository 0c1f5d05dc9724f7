import type { accountDe } from "./messages.de.ts";

export type AccountMessages = Record<keyof typeof accountDe, string>;
