import type { officeDe } from "./messages.de.ts";

export type OfficeMessages = Record<keyof typeof officeDe, string>;
