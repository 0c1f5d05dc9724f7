import type { passwordDe } from "./messages.de.ts";

export type PasswordMessages = Record<keyof typeof passwordDe, string>;
