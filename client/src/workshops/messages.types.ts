import type { workshopsDe } from "./messages.de.ts";

export type WorkshopsMessages = Record<keyof typeof workshopsDe, string>;
