import type { projectsDe } from "./messages.de.ts";

export type ProjectsMessages = Record<keyof typeof projectsDe, string>;
